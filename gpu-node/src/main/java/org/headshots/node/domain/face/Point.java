package org.headshots.node.domain.face;

/** A position in pixel coordinates of the oriented photo. */
public record Point(float x, float y) {

    public Point {
        if (!Float.isFinite(x) || !Float.isFinite(y)) {
            throw new IllegalArgumentException("point coordinates must be finite numbers: (" + x + ", " + y + ")");
        }
    }

    static Point centreOf(java.util.List<Point> points) {
        float x = 0;
        float y = 0;
        for (Point p : points) {
            x += p.x;
            y += p.y;
        }
        return new Point(x / points.size(), y / points.size());
    }
}
