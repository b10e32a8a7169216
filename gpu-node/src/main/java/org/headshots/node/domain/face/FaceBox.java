package org.headshots.node.domain.face;

/** A detected face: a rectangle in pixel coordinates of the oriented photo, with the detector's confidence. */
public record FaceBox(float left, float top, float right, float bottom, float score) {

    public FaceBox {
        if (!Float.isFinite(left) || !Float.isFinite(top) || !Float.isFinite(right) || !Float.isFinite(bottom)) {
            throw new IllegalArgumentException("face box corners must be finite numbers");
        }
        if (right <= left || bottom <= top) {
            throw new IllegalArgumentException("face box must have a positive width and height: (" + left + ", " + top
                    + ") to (" + right + ", " + bottom + ")");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("face box score must be between 0 and 1: " + score);
        }
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

    public float centreX() {
        return (left + right) / 2;
    }

    public float centreY() {
        return (top + bottom) / 2;
    }

    /** Intersection over union, 0 (disjoint) to 1 (identical). */
    public float iou(FaceBox other) {
        float w = Math.min(right, other.right) - Math.max(left, other.left);
        float h = Math.min(bottom, other.bottom) - Math.max(top, other.top);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        float intersection = w * h;
        return intersection / (area() + other.area() - intersection);
    }

    public boolean contains(Point p) {
        return p.x() >= left && p.x() <= right && p.y() >= top && p.y() <= bottom;
    }
}
