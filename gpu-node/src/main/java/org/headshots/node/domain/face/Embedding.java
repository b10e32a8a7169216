package org.headshots.node.domain.face;

public record Embedding(float[] values) {
    public float cosine(Embedding other) {
        throw new UnsupportedOperationException("placeholder until the pipelines branch is merged");
    }

    public int dimension() {
        return values.length;
    }
}
