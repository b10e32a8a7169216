package org.headshots.node.infrastructure.compose;

import org.headshots.node.domain.compose.Backdrop;
import org.headshots.node.domain.compose.Draws;
import org.headshots.node.domain.compose.Rgb;
import org.headshots.node.infrastructure.image.BoxBlur;

/**
 * Paints a {@link Backdrop.Scene} as a lens focused on the person would see it: shapes of the place (an
 * office's windows, shelves and desk; the sky, trees and foliage outdoors) laid out by a seeded generator,
 * blurred strongly, then light sources as soft discs (bokeh). Painted small and enlarged: after that blur
 * there is no detail a full-size canvas would add. The same seed always gives the same scene.
 */
final class ScenePainter {

    private static final int CANVAS_WIDTH = 256;
    /** The blur, as a fraction of the frame width per box pass; three passes make it nearly Gaussian. */
    private static final double DEFOCUS = 0.03;

    private static final float[] WHITE = {1, 1, 1};
    private static final float[] DAYLIGHT = {0.93f, 0.96f, 1f};
    private static final float[] LAMP = {1f, 0.92f, 0.78f};
    private static final float[] SUN = {1f, 0.95f, 0.82f};
    private static final float[] WOOD = {0.38f, 0.28f, 0.2f};
    private static final float[][] BOOKS = {
        {0.55f, 0.18f, 0.16f},
        {0.16f, 0.27f, 0.45f},
        {0.82f, 0.78f, 0.66f},
        {0.22f, 0.4f, 0.3f},
        {0.85f, 0.62f, 0.2f},
        {0.3f, 0.3f, 0.32f},
    };

    private ScenePainter() {}

    static BackdropLayer paint(Backdrop.Scene scene, long seed, float gain, int width, int height) {
        int canvasHeight = Math.max(1, (int) Math.round(CANVAS_WIDTH * (double) height / width));
        Canvas canvas = new Canvas(CANVAS_WIDTH, canvasHeight);
        Draws draws = new Draws(seed);
        switch (scene.place()) {
            case OFFICE -> office(canvas, colour(scene.top()), colour(scene.bottom()), draws);
            case OUTDOOR -> outdoor(canvas, colour(scene.top()), colour(scene.bottom()), draws);
            default -> throw new IllegalArgumentException("No painter for " + scene.place());
        }
        return canvas.enlarged(width, height, gain);
    }

    private static void office(Canvas canvas, float[] wall, float[] desk, Draws draws) {
        canvas.gradient(0, 1, shade(wall, 1.05), shade(wall, 0.9));
        int windows = 1 + (int) (draws.unit() * 3);
        for (int w = 0; w < windows; w++) {
            double left = draws.between(-0.1, 0.85);
            double right = left + draws.between(0.14, 0.3);
            double top = draws.between(0.0, 0.12);
            double bottom = draws.between(0.5, 0.66);
            canvas.rect(left, top, right, bottom, DAYLIGHT, 1);
            float[] frame = shade(wall, 0.72);
            double middle = (left + right) / 2;
            canvas.rect(middle - 0.006, top, middle + 0.006, bottom, frame, 1);
            canvas.rect(left, (top + bottom) / 2 - 0.005, right, (top + bottom) / 2 + 0.005, frame, 1);
        }
        int shelves = 1 + (int) (draws.unit() * 2);
        for (int s = 0; s < shelves; s++) {
            double left = draws.between(-0.1, 0.8);
            double right = left + draws.between(0.18, 0.32);
            double top = draws.between(0.16, 0.3);
            canvas.rect(left, top, right, 0.8, WOOD, 1);
            int rows = 3 + (int) (draws.unit() * 2);
            double rowHeight = (0.8 - top) / rows;
            for (int r = 0; r < rows; r++) {
                double floor = top + (r + 1) * rowHeight;
                double x = left + 0.01;
                while (x < right - 0.02) {
                    double thickness = draws.between(0.01, 0.028);
                    float[] book = shade(BOOKS[(int) (draws.unit() * BOOKS.length)], draws.between(0.75, 1.15));
                    canvas.rect(
                            x, floor - rowHeight * draws.between(0.55, 0.85), x + thickness, floor - 0.008, book, 1);
                    x += thickness + 0.002;
                }
                canvas.rect(left, floor - 0.008, right, floor, shade(WOOD, 1.25), 1);
            }
        }
        if (draws.unit() < 0.7) {
            double u = draws.between(0.05, 0.95);
            double v = draws.between(0.5, 0.65);
            for (int leaf = 0; leaf < 12; leaf++) {
                float[] green = {0.22f, 0.42f, 0.2f};
                canvas.disc(
                        u + draws.next(0.06),
                        v + draws.next(0.07),
                        draws.between(0.02, 0.045),
                        shade(green, draws.between(0.7, 1.3)),
                        1,
                        0.2);
            }
        }
        double deskTop = draws.between(0.72, 0.8);
        canvas.gradient(deskTop, 1, desk, shade(desk, 0.8));
        canvas.rect(-0.1, deskTop, 1.1, deskTop + 0.012, shade(desk, 1.35), 1);
        canvas.defocus(DEFOCUS);
        int lights = 6 + (int) (draws.unit() * 8);
        for (int l = 0; l < lights; l++) {
            canvas.light(
                    draws.between(0, 1),
                    draws.between(0, 0.35),
                    draws.between(0.02, 0.05),
                    LAMP,
                    draws.between(0.2, 0.5));
        }
        canvas.defocus(0.004);
    }

    private static void outdoor(Canvas canvas, float[] sky, float[] foliage, Draws draws) {
        double horizon = draws.between(0.45, 0.55);
        canvas.gradient(0, horizon, sky, mix(sky, WHITE, 0.55));
        canvas.gradient(horizon, 1, mix(foliage, new float[] {0.7f, 0.68f, 0.55f}, 0.35), shade(foliage, 0.85));
        for (int t = 0; t < 30; t++) {
            canvas.disc(
                    draws.between(-0.05, 1.05),
                    horizon - draws.between(0, 0.12),
                    draws.between(0.04, 0.1),
                    shade(foliage, draws.between(0.55, 0.85)),
                    1,
                    0.3);
        }
        for (int t = 0; t < 44; t++) {
            boolean left = draws.unit() < 0.5;
            double u = left ? draws.between(-0.15, 0.32) : draws.between(0.68, 1.15);
            float[] leaf = mix(
                    shade(foliage, draws.between(0.5, 1.25)), new float[] {0.62f, 0.66f, 0.2f}, draws.between(0, 0.3));
            canvas.disc(u, draws.between(-0.1, 0.85), draws.between(0.05, 0.14), leaf, 1, 0.3);
        }
        canvas.rect(-0.1, 0.86, 1.1, 1.1, mix(foliage, new float[] {0.66f, 0.62f, 0.52f}, 0.5), 1);
        canvas.defocus(DEFOCUS);
        double sunU = draws.unit() < 0.5 ? draws.between(0.05, 0.3) : draws.between(0.7, 0.95);
        double sunV = draws.between(0.05, 0.3);
        int glints = 8 + (int) (draws.unit() * 10);
        for (int g = 0; g < glints; g++) {
            canvas.light(
                    sunU + draws.next(0.18),
                    sunV + draws.next(0.15),
                    draws.between(0.02, 0.06),
                    SUN,
                    draws.between(0.15, 0.45));
        }
        canvas.defocus(0.004);
    }

    private static float[] colour(Rgb rgb) {
        return new float[] {rgb.red() / 255f, rgb.green() / 255f, rgb.blue() / 255f};
    }

    private static float[] shade(float[] colour, double factor) {
        return new float[] {clamp(colour[0] * factor), clamp(colour[1] * factor), clamp(colour[2] * factor)};
    }

    private static float[] mix(float[] from, float[] to, double t) {
        return new float[] {
            clamp(from[0] + (to[0] - from[0]) * t),
            clamp(from[1] + (to[1] - from[1]) * t),
            clamp(from[2] + (to[2] - from[2]) * t),
        };
    }

    private static float clamp(double value) {
        return (float) Math.max(0, Math.min(1, value));
    }

    /** A small picture in floats; positions are fractions of its width (u) and height (v). */
    private static final class Canvas {

        private final int width;
        private final int height;
        private final float[][] channels;

        Canvas(int width, int height) {
            this.width = width;
            this.height = height;
            this.channels = new float[3][width * height];
        }

        /** From {@code top} at v = from to {@code bottom} at v = to, across the whole width. */
        void gradient(double from, double to, float[] top, float[] bottom) {
            int y0 = Math.max(0, (int) Math.floor(from * height));
            int y1 = Math.min(height, (int) Math.ceil(to * height));
            for (int y = y0; y < y1; y++) {
                double t = Math.max(0, Math.min(1, ((y + 0.5) / height - from) / (to - from)));
                for (int c = 0; c < 3; c++) {
                    float value = (float) (top[c] + (bottom[c] - top[c]) * t);
                    java.util.Arrays.fill(channels[c], y * width, (y + 1) * width, value);
                }
            }
        }

        void rect(double left, double top, double right, double bottom, float[] colour, double opacity) {
            int x0 = Math.max(0, (int) Math.round(left * width));
            int x1 = Math.min(width, (int) Math.round(right * width));
            int y0 = Math.max(0, (int) Math.round(top * height));
            int y1 = Math.min(height, (int) Math.round(bottom * height));
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    blend(y * width + x, colour, opacity);
                }
            }
        }

        /** A disc of radius {@code radius} (fraction of the width) whose outer {@code softness} fades out. */
        void disc(double u, double v, double radius, float[] colour, double opacity, double softness) {
            eachInDisc(u, v, radius, softness, (i, edge) -> {
                if (edge > 0) {
                    blend(i, colour, opacity * edge);
                }
            });
        }

        /** A defocused light: a soft disc that brightens what is behind it (screen blend). */
        void light(double u, double v, double radius, float[] colour, double strength) {
            eachInDisc(u, v, radius, 0.25, (i, edge) -> {
                double amount = strength * edge;
                for (int c = 0; c < 3; c++) {
                    channels[c][i] = (float) (1 - (1 - channels[c][i]) * (1 - colour[c] * amount));
                }
            });
        }

        /** What a disc's pixel gets: its index and how far inside the soft edge it is, 0 (outside) to 1. */
        @FunctionalInterface
        private interface DiscPixel {
            void paint(int index, double edge);
        }

        /** Every pixel of the square around a disc, with how much of the disc covers it. */
        private void eachInDisc(double u, double v, double radius, double softness, DiscPixel pixel) {
            double cx = u * width;
            double cy = v * height;
            double r = radius * width;
            int x0 = Math.max(0, (int) Math.floor(cx - r));
            int x1 = Math.min(width - 1, (int) Math.ceil(cx + r));
            int y0 = Math.max(0, (int) Math.floor(cy - r));
            int y1 = Math.min(height - 1, (int) Math.ceil(cy + r));
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    double dx = x + 0.5 - cx;
                    double dy = y + 0.5 - cy;
                    double d = Math.sqrt(dx * dx + dy * dy) / r;
                    pixel.paint(y * width + x, Math.max(0, Math.min(1, (1 - d) / softness)));
                }
            }
        }

        private void blend(int i, float[] colour, double opacity) {
            for (int c = 0; c < 3; c++) {
                channels[c][i] += (float) ((colour[c] - channels[c][i]) * opacity);
            }
        }

        /** Three box passes of {@code radius} (fraction of the width): close to a Gaussian blur. */
        void defocus(double radius) {
            int pixels = Math.max(1, (int) Math.round(radius * width));
            for (float[] channel : channels) {
                for (int pass = 0; pass < 3; pass++) {
                    BoxBlur.blur(channel, width, height, pixels);
                }
            }
        }

        /** Bilinearly enlarged to {@code outWidth x outHeight}, times {@code gain}. */
        BackdropLayer enlarged(int outWidth, int outHeight, float gain) {
            BackdropLayer layer = new BackdropLayer(outWidth, outHeight);
            float[][] out = {layer.red, layer.green, layer.blue};
            float sx = (float) width / outWidth;
            float sy = (float) height / outHeight;
            for (int y = 0; y < outHeight; y++) {
                float v = Math.max(0, Math.min(height - 1, (y + 0.5f) * sy - 0.5f));
                int y0 = Math.min(height - 2, (int) v);
                float fy = Math.min(1, v - y0);
                for (int x = 0; x < outWidth; x++) {
                    float u = Math.max(0, Math.min(width - 1, (x + 0.5f) * sx - 0.5f));
                    int x0 = Math.min(width - 2, (int) u);
                    float fx = Math.min(1, u - x0);
                    int k = y0 * width + x0;
                    for (int c = 0; c < 3; c++) {
                        float[] ch = channels[c];
                        float top = ch[k] + (ch[k + 1] - ch[k]) * fx;
                        float bottom = ch[k + width] + (ch[k + width + 1] - ch[k + width]) * fx;
                        out[c][y * outWidth + x] = ColourGrading.clamp01((top + (bottom - top) * fy) * gain);
                    }
                }
            }
            return layer;
        }
    }
}
