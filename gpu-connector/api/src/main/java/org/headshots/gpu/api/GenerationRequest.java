package org.headshots.gpu.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** Headshots of one style from reference photos (best first); {@code identity} may be empty. */
public record GenerationRequest(String style, int count, List<byte[]> references, float[] identity)
        implements Serializable {

    public GenerationRequest {
        Objects.requireNonNull(style, "style");
        references = List.copyOf(references);
        identity = identity == null ? new float[0] : identity.clone();
        if (count < 1) {
            throw new IllegalArgumentException("At least one headshot must be asked for");
        }
        if (references.isEmpty()) {
            throw new IllegalArgumentException("At least one reference photo is needed");
        }
    }

    @Override
    public float[] identity() {
        return identity.clone();
    }
}
