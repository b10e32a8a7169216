package org.headshots.node.domain.face;

public record FaceBox(float left, float top, float right, float bottom, float score) {
    public float width() {
        return right - left;
    }

    public float height() {
        return bottom - top;
    }
}
