package org.headshots.node.infrastructure.compose;

import org.headshots.node.domain.compose.Composition;
import org.headshots.node.domain.compose.KeyLight;
import org.headshots.node.infrastructure.image.BoxBlur;

/**
 * The soft shadow a person casts on the backdrop close behind them: the person's silhouette, moved a
 * little down and away from the key light and blurred wide, darkening the backdrop from the chin
 * downwards, most behind the shoulders. Without it the person looks pasted on.
 */
final class GroundShadow {

    /** How much of the backdrop's light the shadow takes where it is deepest. */
    static final float DEPTH = 0.3f;

    private GroundShadow() {}

    /** Darkens {@code backdrop} behind {@code person}; returns the shadow (0 none to 1 deepest) per pixel. */
    static float[] cast(BackdropLayer backdrop, PersonLayer person, Composition composition, KeyLight light) {
        int width = person.width;
        int height = person.height;
        double faceHeight = composition.faceHeightFraction() * height;
        int dx = (int) Math.round(-StrictMath.sin(Math.toRadians(light.azimuthDegrees())) * 0.025 * width);
        int dy = (int) Math.round(0.015 * height);
        float[] shadow = new float[width * height];
        for (int y = 0; y < height; y++) {
            int sy = y - dy;
            if (sy < 0) {
                continue;
            }
            for (int x = 0; x < width; x++) {
                int sx = Math.max(0, Math.min(width - 1, x - dx));
                shadow[y * width + x] = person.alpha[Math.min(height - 1, sy) * width + sx];
            }
        }
        int radius = Math.max(2, (int) Math.round(faceHeight * 0.12));
        BoxBlur.blur(shadow, width, height, radius);
        BoxBlur.blur(shadow, width, height, radius);
        double chin = composition.faceCentre().y() + faceHeight / 2;
        for (int y = 0; y < height; y++) {
            float below = (float) smoothstep(chin - faceHeight * 0.1, chin + faceHeight * 0.6, y + 0.5);
            int row = y * width;
            for (int x = 0; x < width; x++) {
                int i = row + x;
                float s = shadow[i] * below;
                shadow[i] = s;
                float keep = 1 - DEPTH * s;
                backdrop.red[i] *= keep;
                backdrop.green[i] *= keep;
                backdrop.blue[i] *= keep;
            }
        }
        return shadow;
    }

    private static double smoothstep(double from, double to, double value) {
        double t = Math.max(0, Math.min(1, (value - from) / (to - from)));
        return t * t * (3 - 2 * t);
    }
}
