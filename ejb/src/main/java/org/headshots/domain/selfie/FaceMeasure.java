package org.headshots.domain.selfie;

import java.util.Objects;

/**
 * What the node measured of one face: its box in the upright photo, the detector's confidence, the highest and lowest
 * landmark (forehead line and chin), eye openness (the eye-state model's probability, and the outline's
 * {@link EyeAperture}), head pose, how human it looks, and its identity embedding (L2-normalised).
 */
public record FaceMeasure(
        float left,
        float top,
        float right,
        float bottom,
        float score,
        float landmarksTop,
        float landmarksBottom,
        float leftEyeOpen,
        float rightEyeOpen,
        float yaw,
        float pitch,
        float roll,
        float faceLikeness,
        float[] embedding,
        float leftEyeAperture,
        float rightEyeAperture) {

    public FaceMeasure {
        Objects.requireNonNull(embedding, "embedding");
        if (!(right > left) || !(bottom > top)) {
            throw new IllegalArgumentException("A face needs a box with a size");
        }
        embedding = embedding.clone();
    }

    public float width() {
        return right - left;
    }

    public float height() {
        return bottom - top;
    }

    public float area() {
        return width() * height();
    }

    @Override
    public float[] embedding() {
        return embedding.clone();
    }

    /** Cosine similarity of two L2-normalised embeddings; 0 when their sizes differ. */
    public static float similarity(float[] a, float[] b) {
        if (a.length != b.length || a.length == 0) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return (float) dot;
    }
}
