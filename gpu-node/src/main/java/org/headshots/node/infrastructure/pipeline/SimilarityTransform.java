package org.headshots.node.infrastructure.pipeline;

import java.util.List;
import org.headshots.node.domain.face.Point;

/**
 * Rotation, uniform scale and translation: x' = a·x − b·y + tx, y' = b·x + a·y + ty (scale = √(a² + b²),
 * angle = atan2(b, a)).
 */
public record SimilarityTransform(double a, double b, double tx, double ty) {

    /**
     * The least-squares similarity taking {@code from} onto {@code to} (Umeyama's method, which in two dimensions
     * has this closed form). Needs at least two distinct points.
     */
    public static SimilarityTransform estimate(List<Point> from, List<Point> to) {
        if (from.size() != to.size() || from.size() < 2) {
            throw new IllegalArgumentException(
                    "need two equally long lists of at least 2 points, got " + from.size() + " and " + to.size());
        }
        int n = from.size();
        double fx = 0, fy = 0, tx = 0, ty = 0;
        for (int i = 0; i < n; i++) {
            fx += from.get(i).x();
            fy += from.get(i).y();
            tx += to.get(i).x();
            ty += to.get(i).y();
        }
        fx /= n;
        fy /= n;
        tx /= n;
        ty /= n;
        double dot = 0, cross = 0, spread = 0;
        for (int i = 0; i < n; i++) {
            double x = from.get(i).x() - fx;
            double y = from.get(i).y() - fy;
            double u = to.get(i).x() - tx;
            double v = to.get(i).y() - ty;
            dot += x * u + y * v;
            cross += x * v - y * u;
            spread += x * x + y * y;
        }
        if (spread == 0) {
            throw new IllegalArgumentException("the points to align all coincide");
        }
        double a = dot / spread;
        double b = cross / spread;
        return new SimilarityTransform(a, b, tx - (a * fx - b * fy), ty - (b * fx + a * fy));
    }

    public Point apply(Point p) {
        return new Point((float) (a * p.x() - b * p.y() + tx), (float) (b * p.x() + a * p.y() + ty));
    }

    public double scale() {
        return Math.hypot(a, b);
    }

    public double angleRadians() {
        return Math.atan2(b, a);
    }

    public SimilarityTransform inverse() {
        double s2 = a * a + b * b;
        double ia = a / s2;
        double ib = -b / s2;
        return new SimilarityTransform(ia, ib, -(ia * tx - ib * ty), -(ib * tx + ia * ty));
    }

    /** As a pixel mapping, when this transform takes model-input coordinates to photo coordinates. */
    PixelMapping asPixelMapping() {
        return new PixelMapping(a, -b, tx, b, a, ty);
    }
}
