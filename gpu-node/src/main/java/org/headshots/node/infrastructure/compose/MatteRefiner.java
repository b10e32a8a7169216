package org.headshots.node.infrastructure.compose;

import org.headshots.node.infrastructure.image.BoxBlur;

/**
 * Softens the matte's edge a little and takes the old background out of the edge pixels: a pixel
 * the matte calls partly person is partly the old background, so its colour is pulled towards the
 * colour of the person nearby (an average weighted towards solid person pixels), the more the less
 * person it is. Without this the old backdrop shows as a halo around hair and shoulders.
 */
final class MatteRefiner {

    private MatteRefiner() {}

    static void refine(PersonLayer layer) {
        soften(layer.alpha, layer.width, layer.height);
        decontaminate(layer, Math.max(2, Math.round(layer.height * 0.006f)));
    }

    /** A [1 2 1] / 4 blur across and down. */
    private static void soften(float[] alpha, int width, int height) {
        float[] copy = alpha.clone();
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                float left = copy[row + Math.max(0, x - 1)];
                float right = copy[row + Math.min(width - 1, x + 1)];
                alpha[row + x] = (left + 2 * copy[row + x] + right) / 4;
            }
        }
        System.arraycopy(alpha, 0, copy, 0, alpha.length);
        for (int y = 0; y < height; y++) {
            int up = Math.max(0, y - 1) * width;
            int down = Math.min(height - 1, y + 1) * width;
            int row = y * width;
            for (int x = 0; x < width; x++) {
                alpha[row + x] = (copy[up + x] + 2 * copy[row + x] + copy[down + x]) / 4;
            }
        }
    }

    private static void decontaminate(PersonLayer layer, int radius) {
        int n = layer.alpha.length;
        float[] weight = new float[n];
        float[] red = new float[n];
        float[] green = new float[n];
        float[] blue = new float[n];
        for (int i = 0; i < n; i++) {
            float a = layer.alpha[i];
            float w = a * a * a * a;
            weight[i] = w;
            red[i] = layer.red[i] * w;
            green[i] = layer.green[i] * w;
            blue[i] = layer.blue[i] * w;
        }
        for (float[] channel : new float[][] {weight, red, green, blue}) {
            BoxBlur.blur(channel, layer.width, layer.height, radius);
            BoxBlur.blur(channel, layer.width, layer.height, radius);
        }
        for (int i = 0; i < n; i++) {
            float a = layer.alpha[i];
            if (a <= 0 || a >= 0.99f || weight[i] < 1e-4f) {
                continue;
            }
            float keep = a * a;
            float pull = (1 - keep) / weight[i];
            layer.red[i] = layer.red[i] * keep + red[i] * pull;
            layer.green[i] = layer.green[i] * keep + green[i] * pull;
            layer.blue[i] = layer.blue[i] * keep + blue[i] * pull;
        }
    }
}
