package org.headshots.application.fleet;

import java.util.List;
import java.util.Objects;
import org.headshots.domain.fleet.NodeAddress;

/** A person's identity as a node built it: the consensus embedding, a verdict per photo, the references best first. */
public record BuiltIdentity(NodeAddress node, float[] embedding, List<Verdict> photos, List<Integer> references) {

    public BuiltIdentity {
        Objects.requireNonNull(node, "node");
        embedding = embedding.clone();
        photos = List.copyOf(photos);
        references = List.copyOf(references);
    }

    @Override
    public float[] embedding() {
        return embedding.clone();
    }

    /** Whether a photo went into the identity; {@code problem} says why not, for people. */
    public record Verdict(int photo, boolean faceFound, int faces, float similarity, boolean outlier, String problem) {

        public boolean used() {
            return faceFound && !outlier;
        }
    }
}
