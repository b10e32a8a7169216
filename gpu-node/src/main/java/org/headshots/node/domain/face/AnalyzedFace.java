package org.headshots.node.domain.face;

import java.util.Objects;

/** Everything the node measures about one face. */
public record AnalyzedFace(FaceBox box, Landmarks landmarks, Embedding embedding, EyeState eyes, HeadPose pose) {

    public AnalyzedFace {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(landmarks, "landmarks");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(eyes, "eyes");
        Objects.requireNonNull(pose, "pose");
    }
}
