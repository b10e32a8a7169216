package org.headshots.node.domain.identity;

/** Whether a photo went into the identity, and if not why, in words for people. */
public record PhotoVerdict(int image, boolean faceFound, int faces, float similarity, boolean outlier, String problem) {

    public boolean used() {
        return faceFound && !outlier;
    }
}
