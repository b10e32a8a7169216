package org.headshots.node.infrastructure.compose;

import org.headshots.node.domain.compose.Composition;
import org.headshots.node.domain.compose.KeyLight;

/**
 * A soft key light on the person: a gain that rises smoothly towards the lit side of the face and
 * falls towards the other, gently darker down the body. The gain is the same on all three
 * channels, so skin keeps its hue, and brightening rolls off towards white instead of clipping.
 */
final class KeyLighting {

    /** The gain difference between the face's lit and shadow sides at full strength. */
    private static final float SIDE_GAIN = 0.22f;

    private static final float BODY_FALLOFF = 0.08f;

    private KeyLighting() {}

    static void apply(PersonLayer layer, Composition composition, KeyLight light) {
        if (light.strength() == 0) {
            return;
        }
        float strength = (float) light.strength();
        float towardsLight = (float) StrictMath.sin(Math.toRadians(light.azimuthDegrees()));
        float centreX = composition.faceCentre().x();
        float centreY = composition.faceCentre().y();
        float faceWidth = (float) Math.max(1, composition.faceWidth());
        float faceHeight = (float) Math.max(1, composition.faceHeightFraction() * composition.height());
        float[] sideGain = new float[layer.width];
        for (int x = 0; x < layer.width; x++) {
            float across = (float) StrictMath.tanh((x + 0.5f - centreX) / (1.2f * faceWidth));
            sideGain[x] = strength * SIDE_GAIN * 0.5f * towardsLight * across;
        }
        for (int y = 0; y < layer.height; y++) {
            float below = Math.max(0, Math.min(1, (y + 0.5f - centreY) / (3 * faceHeight)));
            float bodyGain = -strength * BODY_FALLOFF * below;
            int row = y * layer.width;
            for (int x = 0; x < layer.width; x++) {
                int i = row + x;
                if (layer.alpha[i] <= 0) {
                    continue;
                }
                float gain = 1 + sideGain[x] + bodyGain;
                layer.red[i] = ColourGrading.brighten(layer.red[i], gain);
                layer.green[i] = ColourGrading.brighten(layer.green[i], gain);
                layer.blue[i] = ColourGrading.brighten(layer.blue[i], gain);
            }
        }
    }
}
