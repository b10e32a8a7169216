package org.headshots.node.infrastructure.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BoxBlurTest {

    @Test
    void itIsTheMeanOfTheBoxAroundEachPixelEdgesClamped() {
        int width = 37;
        int height = 23;
        float[] channel = new float[width * height];
        Random random = new Random(5);
        for (int i = 0; i < channel.length; i++) {
            channel[i] = random.nextFloat();
        }
        for (int radius : new int[] {1, 3, 30}) {
            float[] blurred = channel.clone();
            BoxBlur.blur(blurred, width, height, radius);
            assertArrayEquals(naive(channel, width, height, radius), blurred, 1e-5f, "radius " + radius);
        }
    }

    private static float[] naive(float[] channel, int width, int height, int radius) {
        float[] out = new float[channel.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double sum = 0;
                for (int dy = -radius; dy <= radius; dy++) {
                    for (int dx = -radius; dx <= radius; dx++) {
                        int cx = Math.max(0, Math.min(width - 1, x + dx));
                        int cy = Math.max(0, Math.min(height - 1, y + dy));
                        sum += channel[cy * width + cx];
                    }
                }
                out[y * width + x] = (float) (sum / ((2 * radius + 1) * (2 * radius + 1)));
            }
        }
        return out;
    }
}
