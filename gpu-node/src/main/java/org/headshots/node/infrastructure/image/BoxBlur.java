package org.headshots.node.infrastructure.image;

/** Separable box blur of a row-major float channel, edges clamped. */
public final class BoxBlur {

    private BoxBlur() {}

    /**
     * Blurs {@code channel} in place with a (2 radius + 1)-wide box, horizontally then vertically. The vertical pass
     * runs down the rows with one running sum per column, so that it reads memory in order, as the horizontal does.
     */
    public static void blur(float[] channel, int width, int height, int radius) {
        if (radius < 1) {
            return;
        }
        float[] line = new float[width];
        for (int y = 0; y < height; y++) {
            blurRow(channel, y * width, width, radius, line);
        }
        float[] source = channel.clone();
        double[] sums = new double[width];
        for (int i = -radius; i <= radius; i++) {
            int row = clamp(i, height) * width;
            for (int x = 0; x < width; x++) {
                sums[x] += source[row + x];
            }
        }
        double norm = 1.0 / (2 * radius + 1);
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int entering = clamp(y + radius + 1, height) * width;
            int leaving = clamp(y - radius, height) * width;
            for (int x = 0; x < width; x++) {
                channel[row + x] = (float) (sums[x] * norm);
                sums[x] += source[entering + x] - source[leaving + x];
            }
        }
    }

    private static void blurRow(float[] data, int start, int length, int radius, float[] line) {
        System.arraycopy(data, start, line, 0, length);
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            sum += line[clamp(i, length)];
        }
        float norm = 1f / (2 * radius + 1);
        for (int i = 0; i < length; i++) {
            data[start + i] = (float) (sum * norm);
            sum += line[clamp(i + radius + 1, length)] - line[clamp(i - radius, length)];
        }
    }

    private static int clamp(int i, int length) {
        return i < 0 ? 0 : i >= length ? length - 1 : i;
    }
}
