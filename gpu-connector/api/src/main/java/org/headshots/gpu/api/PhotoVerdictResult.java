package org.headshots.gpu.api;

import java.io.Serializable;

/** Whether a photo went into an identity; {@code problem} says why not, for people. */
public record PhotoVerdictResult(
        int photo, boolean faceFound, int faces, float similarity, boolean outlier, String problem)
        implements Serializable {

    public boolean used() {
        return faceFound && !outlier;
    }
}
