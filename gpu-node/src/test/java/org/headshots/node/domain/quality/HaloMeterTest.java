package org.headshots.node.domain.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HaloMeterTest {

    private static final int W = 480;
    private static final int H = 600;
    private final HaloMeter meter = new HaloMeter();

    /** How a rim of this many pixels just inside the person's edge is coloured. */
    private interface Rim {
        int colour(int person, int backdrop);
    }

    /**
     * A head and shoulders (a textured dark suit below, skin above) on a grey backdrop with a soft shadow, its edge
     * two pixels soft; the {@code rimWidth} outer pixels of the person coloured by {@code rim}.
     */
    private static Object[] frame(int rimWidth, Rim rim) {
        Random random = new Random(7);
        int[] rgb = new int[W * H];
        byte[] alpha = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double head = Math.hypot((x - W / 2.0) / 90, (y - 220.0) / 120);
                double body = y > 380 ? Math.abs(x - W / 2.0) / (150 + (y - 380) * 0.8) : 99;
                double inside = Math.max((1 - head) * 100, (1 - body) * 150);
                float a = (float) Math.max(0, Math.min(1, (inside + 1) / 2));
                boolean suit = y > 360;
                int n = random.nextInt(31) - 15;
                int person = suit ? grey(45 + n) : rgbOf(200 + n, 160 + n, 140 + n);
                double shadow = Math.max(0, 1 - Math.max(0, -inside) / 40) * 0.35;
                int level = (int) Math.round((110 + y * 0.05) * (1 - shadow));
                int backdrop = rgbOf(level, level, level + 6);
                int colour = inside >= 0 && inside < rimWidth ? rim.colour(person, backdrop) : person;
                rgb[y * W + x] = mix(colour, backdrop, a);
                alpha[y * W + x] = (byte) Math.round(a * 255);
            }
        }
        return new Object[] {new RgbPixels(W, H, rgb), alpha};
    }

    private static double share(Object[] frame) {
        return new HaloMeter().haloShare((RgbPixels) frame[0], (byte[]) frame[1]);
    }

    @Test
    void aCleanEdgeAndTheShadowBesideItAreNoHalo() {
        double clean = share(frame(0, (person, backdrop) -> person));
        assertTrue(clean < 0.03, "clean edge measured " + clean);
    }

    @Test
    void aPaleRimOfABrightOldBackgroundIsAHalo() {
        double halo = share(frame(5, (person, backdrop) -> grey(235)));
        assertTrue(halo > HaloMeter.MAX_SHARE * 2, "a white rim 5 px wide measured " + halo);
    }

    @Test
    void aColouredFringeIsAHaloADarkOneIsNot() {
        double green = share(frame(4, (person, backdrop) -> rgbOf(70, 190, 80)));
        assertTrue(green > HaloMeter.MAX_SHARE, "a green fringe measured " + green);
        double dark = share(frame(4, (person, backdrop) -> grey(10)));
        assertTrue(dark < 0.03, "a dark rim is the person's own outline, measured " + dark);
    }

    @Test
    void aMatteOfAnotherSizeIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> meter.haloShare(new RgbPixels(4, 4, new int[16]), new byte[15]));
    }

    @Test
    void noPersonNoEdgeNoHalo() {
        assertEquals(0, meter.haloShare(new RgbPixels(8, 8, new int[64]), new byte[64]));
    }

    private static int grey(int v) {
        return rgbOf(v, v, v);
    }

    private static int rgbOf(int r, int g, int b) {
        return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static int mix(int person, int backdrop, float a) {
        int r = Math.round(a * (person >> 16 & 0xFF) + (1 - a) * (backdrop >> 16 & 0xFF));
        int g = Math.round(a * (person >> 8 & 0xFF) + (1 - a) * (backdrop >> 8 & 0xFF));
        int b = Math.round(a * (person & 0xFF) + (1 - a) * (backdrop & 0xFF));
        return rgbOf(r, g, b);
    }
}
