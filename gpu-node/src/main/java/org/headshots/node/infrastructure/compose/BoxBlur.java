package org.headshots.node.infrastructure.compose;

/** Separable box blur of a row-major float channel, edges clamped. */
final class BoxBlur {

    private BoxBlur() {
    }

    /** Blurs {@code channel} in place with a (2 radius + 1)-wide box, horizontally then vertically. */
    static void blur(float[] channel, int width, int height, int radius) {
        if (radius < 1) {
            return;
        }
        float[] line = new float[Math.max(width, height)];
        for (int y = 0; y < height; y++) {
            blurLine(channel, y * width, 1, width, radius, line);
        }
        for (int x = 0; x < width; x++) {
            blurLine(channel, x, width, height, radius, line);
        }
    }

    private static void blurLine(float[] data, int start, int stride, int length, int radius, float[] line) {
        for (int i = 0; i < length; i++) {
            line[i] = data[start + i * stride];
        }
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            sum += line[clamp(i, length)];
        }
        float norm = 1f / (2 * radius + 1);
        for (int i = 0; i < length; i++) {
            data[start + i * stride] = (float) (sum * norm);
            sum += line[clamp(i + radius + 1, length)] - line[clamp(i - radius, length)];
        }
    }

    private static int clamp(int i, int length) {
        return i < 0 ? 0 : i >= length ? length - 1 : i;
    }
}
