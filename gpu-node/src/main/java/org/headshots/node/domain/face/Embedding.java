package org.headshots.node.domain.face;

import java.util.Objects;

/** An identity embedding, L2-normalised on construction so that the dot product is the cosine similarity. */
public record Embedding(float[] values) {

    public Embedding {
        Objects.requireNonNull(values, "values");
        if (values.length == 0) {
            throw new IllegalArgumentException("an embedding needs at least one value");
        }
        double sumOfSquares = 0;
        for (float v : values) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("an embedding must hold finite numbers, found " + v);
            }
            sumOfSquares += (double) v * v;
        }
        if (sumOfSquares == 0) {
            throw new IllegalArgumentException("an embedding cannot be the zero vector");
        }
        double norm = Math.sqrt(sumOfSquares);
        float[] unit = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            unit[i] = (float) (values[i] / norm);
        }
        values = unit;
    }

    /** A copy: the record stays immutable. */
    @Override
    public float[] values() {
        return values.clone();
    }

    public int dimension() {
        return values.length;
    }

    /** Cosine similarity, -1 to 1. */
    public float cosine(Embedding other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException(
                    "cannot compare embeddings of dimension " + values.length + " and " + other.values.length);
        }
        double dot = 0;
        for (int i = 0; i < values.length; i++) {
            dot += (double) values[i] * other.values[i];
        }
        return (float) Math.max(-1, Math.min(1, dot));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Embedding e && java.util.Arrays.equals(values, e.values);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Embedding[dimension=" + values.length + "]";
    }
}
