package org.headshots.node.infrastructure.pipeline;

/**
 * Where each pixel of a model's input image comes from in the photo: an affine map from the centre of input
 * pixel (u, v) to photo coordinates x = a·u + b·v + c, y = d·u + e·v + f (pixel centres at integer + 0.5).
 */
public record PixelMapping(double a, double b, double c, double d, double e, double f) {

    /** The photo rectangle (left, top, width, height) stretched onto an outWidth × outHeight input. */
    public static PixelMapping crop(double left, double top, double width, double height, int outWidth, int outHeight) {
        double sx = width / outWidth;
        double sy = height / outHeight;
        return new PixelMapping(sx, 0, left, 0, sy, top);
    }

    public double x(double u, double v) {
        return a * u + b * v + c;
    }

    public double y(double u, double v) {
        return d * u + e * v + f;
    }

    /** How many photo pixels one input pixel spans, at most, along either axis. */
    double footprint() {
        return Math.max(Math.hypot(a, d), Math.hypot(b, e));
    }
}
