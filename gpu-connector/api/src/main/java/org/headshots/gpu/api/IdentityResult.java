package org.headshots.gpu.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** A person's identity: the consensus embedding, the verdict on each photo, the reference photos best first. */
public record IdentityResult(
        NodeAddress node, float[] embedding, List<PhotoVerdictResult> photos, List<Integer> references)
        implements Serializable {

    public IdentityResult {
        Objects.requireNonNull(node, "node");
        embedding = embedding.clone();
        photos = List.copyOf(photos);
        references = List.copyOf(references);
    }

    @Override
    public float[] embedding() {
        return embedding.clone();
    }
}
