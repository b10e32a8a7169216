package org.headshots.node.domain.face;

/** A detected face: its box in photo pixels and the detector's confidence. */
public record FaceBox(float left, float top, float right, float bottom, float score) {

    public FaceBox {
        if (!(right > left) || !(bottom > top)) {
            throw new IllegalArgumentException("A face box has a positive size, not "
                    + left + "," + top + " to " + right + "," + bottom);
        }
    }

    public float width() {
        return right - left;
    }

    public float height() {
        return bottom - top;
    }
}
