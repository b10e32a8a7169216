package org.headshots.node.infrastructure.compose;

import org.headshots.node.domain.compose.ColourGrade;

/** Applies a {@link ColourGrade} to colours of 0 to 1. */
final class ColourGrading {

    private static final float WARMTH_GAIN = 0.07f;

    private final float exposureGain;
    private final float redGain;
    private final float greenGain;
    private final float blueGain;
    private final float contrast;
    private final float saturation;

    ColourGrading(ColourGrade grade) {
        exposureGain = (float) StrictMath.pow(2, grade.exposure());
        float warmth = (float) grade.warmth();
        redGain = 1 + WARMTH_GAIN * warmth;
        greenGain = 1 + WARMTH_GAIN * 0.2f * warmth;
        blueGain = 1 - WARMTH_GAIN * warmth;
        contrast = 1 + (float) grade.contrast();
        saturation = 1 + (float) grade.saturation();
    }

    /** Grades {@code rgb} (three values) in place. */
    void apply(float[] rgb) {
        float r = brighten(rgb[0], exposureGain) * redGain;
        float g = brighten(rgb[1], exposureGain) * greenGain;
        float b = brighten(rgb[2], exposureGain) * blueGain;
        r = 0.5f + (r - 0.5f) * contrast;
        g = 0.5f + (g - 0.5f) * contrast;
        b = 0.5f + (b - 0.5f) * contrast;
        float luma = 0.299f * r + 0.587f * g + 0.114f * b;
        rgb[0] = clamp01(luma + (r - luma) * saturation);
        rgb[1] = clamp01(luma + (g - luma) * saturation);
        rgb[2] = clamp01(luma + (b - luma) * saturation);
    }

    /**
     * Multiplies by {@code gain}; above 1 with a shoulder that keeps white at white, so highlights
     * on skin roll off instead of clipping.
     */
    static float brighten(float value, float gain) {
        if (gain <= 1) {
            return value * gain;
        }
        return value * gain / (1 + (gain - 1) * value);
    }

    static float clamp01(float value) {
        return value < 0 ? 0 : value > 1 ? 1 : value;
    }
}
