package org.headshots.node.domain.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Stretched regions found where rows or columns were repeated, and none in photographs or plain backdrops. */
class StretchMeterTest {

    private final StretchMeter meter = new StretchMeter();

    @Test
    void photographsHaveNoStretchedRegion() throws IOException {
        for (String name : new String[] {"astronaut.png", "camera.png", "chelsea.png", "coffee.png"}) {
            double share = meter.stretchedShare(PhotoQualityMeterTest.load(name));
            System.out.printf("STRETCH %s: %.3f%n", name, share);
            assertTrue(share < 0.02, name + ": " + share);
        }
    }

    @Test
    void aBodyContinuedByRepeatingItsLastRowIsStretchedOverThatShare() throws IOException {
        RgbPixels astronaut = PhotoQualityMeterTest.load("astronaut.png");
        int w = astronaut.width();
        int h = astronaut.height();
        int[] rgb = astronaut.rgb().clone();
        int from = (int) (h * 0.7);
        for (int y = from; y < h; y++) {
            System.arraycopy(rgb, (from - 1) * w, rgb, y * w, w);
        }
        double share = meter.stretchedShare(new RgbPixels(w, h, rgb));
        System.out.printf("STRETCH astronaut, last 30%% of rows repeated: %.3f%n", share);
        assertTrue(share > 0.25 && share < 0.32, "share " + share);
    }

    @Test
    void columnsRepeatedSidewaysCountToo() throws IOException {
        RgbPixels coffee = PhotoQualityMeterTest.load("coffee.png");
        int w = coffee.width();
        int h = coffee.height();
        int[] rgb = coffee.rgb().clone();
        int from = (int) (w * 0.8);
        for (int y = 0; y < h; y++) {
            for (int x = from; x < w; x++) {
                rgb[y * w + x] = rgb[y * w + from - 1];
            }
        }
        double share = meter.stretchedShare(new RgbPixels(w, h, rgb));
        System.out.printf("STRETCH coffee, last 20%% of columns repeated: %.3f%n", share);
        assertTrue(share > 0.15, "share " + share);
    }

    @Test
    void aPinstripedSuitWithTheNoiseAndShadingOfAPhotoIsNotStretched() {
        int w = 400;
        int h = 500;
        int[] rgb = new int[w * h];
        java.util.Random noise = new java.util.Random(7);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double shade = 0.8 + 0.2 * Math.sin(y / 37.0 + x / 90.0);
                int v = (int) Math.max(0, Math.min(255, (x % 10 < 2 ? 110 : 40) * shade + noise.nextGaussian() * 3));
                rgb[y * w + x] = v << 16 | v << 8 | v;
            }
        }
        double share = meter.stretchedShare(new RgbPixels(w, h, rgb));
        System.out.printf("STRETCH pinstripes: %.3f%n", share);
        assertTrue(share < 0.02, "share " + share);
    }

    @Test
    void aPlainOrGradedBackdropIsNotStretched() {
        int w = 400;
        int h = 500;
        int[] rgb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = 60 + (x + y) * 120 / (w + h);
                rgb[y * w + x] = v << 16 | v << 8 | v;
            }
        }
        assertEquals(0, meter.stretchedShare(new RgbPixels(w, h, rgb)), 1e-9);
    }
}
