package org.headshots.node.infrastructure.compose;

import java.awt.image.BufferedImage;

/** Statistics of square patches of an image, for tests. */
final class ImagePatches {

    private ImagePatches() {}

    /** Mean red, green and blue of the patch of side {@code size} whose top-left corner is (x, y). */
    static double[] mean(BufferedImage image, int x, int y, int size) {
        double[] sum = new double[3];
        for (int j = y; j < y + size; j++) {
            for (int i = x; i < x + size; i++) {
                int p = image.getRGB(i, j);
                sum[0] += p >> 16 & 0xFF;
                sum[1] += p >> 8 & 0xFF;
                sum[2] += p & 0xFF;
            }
        }
        int n = size * size;
        return new double[] {sum[0] / n, sum[1] / n, sum[2] / n};
    }

    /** Standard deviation of the patch's luminance. */
    static double luminanceDeviation(BufferedImage image, int x, int y, int size) {
        double sum = 0;
        double squares = 0;
        for (int j = y; j < y + size; j++) {
            for (int i = x; i < x + size; i++) {
                double l = luminance(image.getRGB(i, j));
                sum += l;
                squares += l * l;
            }
        }
        int n = size * size;
        double mean = sum / n;
        return Math.sqrt(Math.max(0, squares / n - mean * mean));
    }

    static double luminance(int rgb) {
        return 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
    }

    /** Largest per-channel difference between a mean colour and an expected one. */
    static double distance(double[] mean, int expectedRgb) {
        return Math.max(
                Math.abs(mean[0] - (expectedRgb >> 16 & 0xFF)),
                Math.max(Math.abs(mean[1] - (expectedRgb >> 8 & 0xFF)), Math.abs(mean[2] - (expectedRgb & 0xFF))));
    }

    /** The centroid (x, y) of pixels darker than {@code threshold} within {@code radius} of (cx, cy). */
    static double[] darkCentroid(BufferedImage image, double cx, double cy, int radius, double threshold) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int y = (int) cy - radius; y <= (int) cy + radius; y++) {
            for (int x = (int) cx - radius; x <= (int) cx + radius; x++) {
                if (x >= 0
                        && y >= 0
                        && x < image.getWidth()
                        && y < image.getHeight()
                        && luminance(image.getRGB(x, y)) < threshold) {
                    sx += x + 0.5;
                    sy += y + 0.5;
                    n++;
                }
            }
        }
        if (n == 0) {
            throw new AssertionError("No dark pixels near " + cx + "," + cy);
        }
        return new double[] {sx / n, sy / n};
    }
}
