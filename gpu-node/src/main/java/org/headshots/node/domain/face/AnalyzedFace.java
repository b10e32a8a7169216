package org.headshots.node.domain.face;

import java.util.Objects;

/**
 * Everything the node measures about one face; {@code likeness} is how much it looks like a human face, 0..1
 * (see {@link FaceLikeness}).
 */
public record AnalyzedFace(
        FaceBox box, Landmarks landmarks, Embedding embedding, EyeState eyes, HeadPose pose, float likeness) {

    public AnalyzedFace {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(landmarks, "landmarks");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(eyes, "eyes");
        Objects.requireNonNull(pose, "pose");
        if (!(likeness >= 0 && likeness <= 1)) {
            throw new IllegalArgumentException("face likeness must be between 0 and 1: " + likeness);
        }
    }
}
