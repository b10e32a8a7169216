package org.headshots.node.infrastructure.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MatteUpsamplingTest {

    private static final int W = 2400;
    private static final int H = 3000;

    /** How much of pixel (x, y) is the person: a head and shoulders, its edge exact to a sixteenth of a pixel. */
    private static float truth(int x, int y) {
        int inside = 0;
        for (int sy = 0; sy < 4; sy++) {
            for (int sx = 0; sx < 4; sx++) {
                double px = x + (sx + 0.5) / 4;
                double py = y + (sy + 0.5) / 4;
                boolean head = Math.hypot((px - 1200) / 420, (py - 1100) / 560) < 1;
                boolean body = py > 1900 && Math.abs(px - 1200) < 700 + (py - 1900) * 0.5;
                inside += head || body ? 1 : 0;
            }
        }
        return inside / 16f;
    }

    @Test
    void anEnlargedMatteGetsItsEdgeBackWhereThePhotoHasIt() {
        Random random = new Random(9);
        int[] rgb = new int[W * H];
        float[] exact = new float[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                float a = truth(x, y);
                exact[y * W + x] = a;
                int person = y > 1900 ? 0x283040 : 0xC89A82;
                int wall = 0xE8E8E4;
                int n = random.nextInt(9) - 4;
                rgb[y * W + x] = mix(person, wall, a, n);
            }
        }
        byte[] enlarged = enlargedFromTheModel(exact);
        byte[] refined = MatteUpsampling.refine(rgb, W, H, enlarged);

        double before = 0;
        double after = 0;
        int edge = 0;
        for (int i = 0; i < exact.length; i++) {
            float e = (enlarged[i] & 0xFF) / 255f;
            if (e > 0.02f && e < 0.98f) {
                before += Math.abs(e - exact[i]);
                after += Math.abs((refined[i] & 0xFF) / 255f - exact[i]);
                edge++;
            }
        }
        assertTrue(
                after < before * 0.6,
                "mean error along the edge: enlarged " + before / edge + ", refined " + after / edge);
        // away from the edge nothing changes
        assertEquals(enlarged[1100 * W + 1200], refined[1100 * W + 1200]);
        assertEquals(enlarged[100 * W + 100], refined[100 * W + 100]);
    }

    @Test
    void aPhotoTheModelSawAtItsOwnSizeKeepsItsMatte() {
        byte[] alpha = new byte[1000 * 800];
        assertSame(alpha, MatteUpsampling.refine(new int[1000 * 800], 800, 1000, alpha));
    }

    /** What the matting model gives for the photo: the exact matte at 1024 x 1024, enlarged bilinearly. */
    private static byte[] enlargedFromTheModel(float[] exact) {
        int size = MatteUpsampling.MODEL_SIDE;
        float[] small = new float[size * size];
        float[] counts = new float[size * size];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int i = (y * size / H) * size + x * size / W;
                small[i] += exact[y * W + x];
                counts[i]++;
            }
        }
        byte[] out = new byte[W * H];
        for (int y = 0; y < H; y++) {
            float my = Math.max(0, Math.min(size - 1, (y + 0.5f) * size / H - 0.5f));
            int y0 = (int) my;
            int y1 = Math.min(size - 1, y0 + 1);
            float fy = my - y0;
            for (int x = 0; x < W; x++) {
                float mx = Math.max(0, Math.min(size - 1, (x + 0.5f) * size / W - 0.5f));
                int x0 = (int) mx;
                int x1 = Math.min(size - 1, x0 + 1);
                float fx = mx - x0;
                float v = (small[y0 * size + x0] / counts[y0 * size + x0] * (1 - fx)
                                        + small[y0 * size + x1] / counts[y0 * size + x1] * fx)
                                * (1 - fy)
                        + (small[y1 * size + x0] / counts[y1 * size + x0] * (1 - fx)
                                        + small[y1 * size + x1] / counts[y1 * size + x1] * fx)
                                * fy;
                out[y * W + x] = (byte) Math.round(v * 255);
            }
        }
        return out;
    }

    private static int mix(int person, int wall, float a, int noise) {
        int r = Math.round(a * (person >> 16 & 0xFF) + (1 - a) * (wall >> 16 & 0xFF)) + noise;
        int g = Math.round(a * (person >> 8 & 0xFF) + (1 - a) * (wall >> 8 & 0xFF)) + noise;
        int b = Math.round(a * (person & 0xFF) + (1 - a) * (wall & 0xFF)) + noise;
        return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
