package org.headshots.node.infrastructure.compose;

import org.headshots.node.infrastructure.image.BoxBlur;

/**
 * Makes the person look lit by the place they stand in: a slight cast of the backdrop's mean colour
 * over the whole person, and light wrap, the backdrop's light bleeding a little over the person's
 * outline as it does around anyone standing in front of a lit background. Light wrap also hides what
 * is left of the old background at the edge: the edge takes the new backdrop's colour, not a halo.
 */
final class BackdropMatch {

    /** How far the person's colour balance moves towards the backdrop's. */
    private static final float CAST = 0.1f;

    private static final float MAX_CAST_GAIN = 0.06f;
    /** How much backdrop light reaches the person's outline. */
    private static final float WRAP = 0.45f;

    private BackdropMatch() {}

    static void apply(PersonLayer person, BackdropLayer backdrop) {
        float[] gains = castGains(backdrop.mean());
        int width = person.width;
        int height = person.height;
        int radius = Math.max(2, Math.round(height * 0.006f));
        float[] outside = person.alpha.clone();
        BoxBlur.blur(outside, width, height, radius);
        float[] red = backdrop.red.clone();
        float[] green = backdrop.green.clone();
        float[] blue = backdrop.blue.clone();
        for (float[] channel : new float[][] {red, green, blue}) {
            BoxBlur.blur(channel, width, height, radius);
        }
        for (int i = 0; i < person.alpha.length; i++) {
            float a = person.alpha[i];
            if (a <= 0) {
                continue;
            }
            float r = person.red[i] * gains[0];
            float g = person.green[i] * gains[1];
            float b = person.blue[i] * gains[2];
            // near the outline the blurred alpha drops below 1: that is how much backdrop surrounds the pixel
            float wrap = WRAP * (1 - outside[i]);
            person.red[i] = ColourGrading.clamp01(r + (red[i] - r) * wrap);
            person.green[i] = ColourGrading.clamp01(g + (green[i] - g) * wrap);
            person.blue[i] = ColourGrading.clamp01(b + (blue[i] - b) * wrap);
        }
    }

    /** Per-channel gains that move the colour balance towards {@code mean}'s, keeping brightness. */
    static float[] castGains(float[] mean) {
        float grey = (mean[0] + mean[1] + mean[2]) / 3;
        float[] gains = new float[3];
        for (int c = 0; c < 3; c++) {
            float tint = grey <= 1e-4f ? 1 : mean[c] / grey;
            gains[c] = Math.max(1 - MAX_CAST_GAIN, Math.min(1 + MAX_CAST_GAIN, 1 + CAST * (tint - 1)));
        }
        return gains;
    }
}
