package org.headshots.node.domain.face;

public record AnalyzedFace(FaceBox box, Landmarks landmarks, Embedding embedding, EyeState eyes, HeadPose pose) {
}
