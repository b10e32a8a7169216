package org.headshots.gpu.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * One face in a photo. Coordinates are pixels of the photo after its EXIF orientation is applied;
 * {@code landmarks} holds the 68 points as x0, y0, x1, y1, …; {@code embedding} is L2-normalised.
 * {@code faceLikeness} (0..1) is how much the detection looks like a human face (see node.proto).
 */
public record FaceResult(
        float left,
        float top,
        float right,
        float bottom,
        float score,
        float[] landmarks,
        float[] embedding,
        float leftEyeOpen,
        float rightEyeOpen,
        float yaw,
        float pitch,
        float roll,
        float faceLikeness)
        implements Serializable {

    public FaceResult {
        Objects.requireNonNull(landmarks, "landmarks");
        Objects.requireNonNull(embedding, "embedding");
        landmarks = landmarks.clone();
        embedding = embedding.clone();
    }

    public float width() {
        return right - left;
    }

    public float height() {
        return bottom - top;
    }

    @Override
    public float[] landmarks() {
        return landmarks.clone();
    }

    @Override
    public float[] embedding() {
        return embedding.clone();
    }
}
