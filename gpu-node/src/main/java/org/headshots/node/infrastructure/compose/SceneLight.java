package org.headshots.node.infrastructure.compose;

import java.awt.image.BufferedImage;
import org.headshots.node.domain.face.AlphaMatte;

/**
 * The light the photo was taken in, taken out of the person before the style's light and grade go on, so that
 * people photographed under warm bulbs, in blue daylight or in a dim room come out of one order alike. The light
 * is read from the brightest pixels of the room behind the person (walls, windows, lamps: the brightest
 * {@value #BRIGHTEST_SHARE} of what the matte calls background, white ones clipped in every channel left out),
 * which show the light's colour. The person is never the reference, so every skin tone stays its own, and a room
 * whose brightest parts are coloured (a green wall) says nothing about the light: it is left alone. The correction
 * is partial and bounded: a photo that is neutral and well exposed is left as it is.
 */
final class SceneLight {

    /** The share of the scene's pixels, brightest first, that show the light. */
    static final double BRIGHTEST_SHARE = 0.02;
    /** How far towards neutral a cast is taken, and how far at most per channel. */
    static final double BALANCE_STRENGTH = 0.7;

    static final float MAX_BALANCE_GAIN = 0.15f;
    /**
     * Where the brightest pixels of a well-exposed photo lie (luma 0..1); below {@link #DIM} a photo is lifted part
     * of the way there (a low-key portrait, dark on purpose, looks dim too), at most by {@link #MAX_EXPOSURE_GAIN}.
     */
    static final double BRIGHT_TARGET = 0.85;

    static final double DIM = 0.8;
    /** A room whose brightest parts are darker than this is dark on purpose (a studio's black) or unreadable. */
    static final double TOO_DARK_TO_READ = 0.3;

    static final double EXPOSURE_STRENGTH = 0.6;
    static final float MAX_EXPOSURE_GAIN = 1.35f;
    /** How far from a third the green share of a light's colour may be: beyond, it is a surface's colour. */
    static final double MAX_GREEN_SHIFT = 0.025;

    private static final int CLIPPED = 250;
    private static final int BACKGROUND = 26;
    /** A photo with less background than this (per cent of the samples) is not read: too little of the room shows. */
    private static final int MIN_BACKGROUND = 1;

    private static final int MAX_SAMPLES = 250_000;

    private final float[] gains;

    private SceneLight(float[] gains) {
        this.gains = gains;
    }

    /**
     * The correction for {@code photo}, read from up to {@value #MAX_SAMPLES} evenly spread pixels of its
     * background (where {@code matte} is below {@value #BACKGROUND} of 255).
     */
    static SceneLight of(BufferedImage photo, AlphaMatte matte) {
        byte[] alpha = matte.alpha();
        int width = photo.getWidth();
        int height = photo.getHeight();
        int step = Math.max(1, (int) Math.ceil(Math.sqrt((double) width * height / MAX_SAMPLES)));
        int[] histogram = new int[256];
        int[] row = new int[width];
        int samples = 0;
        for (int y = 0; y < height; y += step) {
            photo.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x += step) {
                if ((alpha[y * width + x] & 0xFF) < BACKGROUND) {
                    histogram[luma(row[x])]++;
                    samples++;
                }
            }
        }
        int wanted = (int) Math.max(1, samples * BRIGHTEST_SHARE);
        int threshold = 255;
        for (int count = 0; threshold > 0 && count + histogram[threshold] < wanted; threshold--) {
            count += histogram[threshold];
        }
        double red = 0;
        double green = 0;
        double blue = 0;
        int bright = 0;
        for (int y = 0; y < height; y += step) {
            photo.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x += step) {
                int p = row[x];
                int r = p >> 16 & 0xFF;
                int g = p >> 8 & 0xFF;
                int b = p & 0xFF;
                if ((alpha[y * width + x] & 0xFF) < BACKGROUND
                        && luma(p) >= threshold
                        && Math.min(r, Math.min(g, b)) < CLIPPED) {
                    red += r;
                    green += g;
                    blue += b;
                    bright++;
                }
            }
        }
        if (samples < MIN_BACKGROUND * MAX_SAMPLES / 100 || bright < 16) {
            return new SceneLight(new float[] {1, 1, 1});
        }
        return new SceneLight(gains(red / bright / 255, green / bright / 255, blue / bright / 255));
    }

    /**
     * Per-channel gains that take the light (r, g, b) part of the way to neutral, and a dim scene part of the way
     * up. Only a light's colour is taken out: warm to cool along the colours of real lights, where green is a third
     * of the light; the brightest pixels of a scene without white (a green wall, a coloured poster) show their own
     * colour, not the light's, and are left alone.
     */
    static float[] gains(double red, double green, double blue) {
        double sum = red + green + blue;
        double grey = sum / 3;
        double luma = 0.299 * red + 0.587 * green + 0.114 * blue;
        boolean aLight = sum > 0 && Math.abs(green / sum - 1.0 / 3) <= MAX_GREEN_SHIFT;
        if (!aLight) {
            return new float[] {1, 1, 1};
        }
        double exposure = luma >= DIM || luma < TOO_DARK_TO_READ
                ? 1
                : Math.min(MAX_EXPOSURE_GAIN, Math.pow(BRIGHT_TARGET / luma, EXPOSURE_STRENGTH));
        float[] gains = new float[3];
        double[] light = {red, green, blue};
        for (int c = 0; c < 3; c++) {
            double balance = light[c] <= 1e-4 ? 1 : Math.pow(grey / light[c], BALANCE_STRENGTH);
            gains[c] = (float) (exposure * Math.max(1 - MAX_BALANCE_GAIN, Math.min(1 + MAX_BALANCE_GAIN, balance)));
        }
        return gains;
    }

    /** Takes the scene's light out of the person's colours, highlights rolling off instead of clipping. */
    void applyTo(PersonLayer person) {
        if (gains[0] == 1 && gains[1] == 1 && gains[2] == 1) {
            return;
        }
        for (int i = 0; i < person.alpha.length; i++) {
            if (person.alpha[i] <= 0) {
                continue;
            }
            person.red[i] = expose(person.red[i], gains[0]);
            person.green[i] = expose(person.green[i], gains[1]);
            person.blue[i] = expose(person.blue[i], gains[2]);
        }
    }

    /** {@code value} times {@code gain}, the top fifth rolling off smoothly towards white instead of clipping. */
    static float expose(float value, float gain) {
        float x = value * gain;
        return x <= KNEE ? x : (float) (KNEE + (1 - KNEE) * (1 - Math.exp(-(x - KNEE) / (1 - KNEE))));
    }

    private static final float KNEE = 0.8f;

    float[] gains() {
        return gains.clone();
    }

    private static int luma(int p) {
        return (299 * (p >> 16 & 0xFF) + 587 * (p >> 8 & 0xFF) + 114 * (p & 0xFF)) / 1000;
    }
}
