package org.headshots.domain.selfie;

/**
 * Every limit of the selfie quality gate, in one place. The defaults were set from measurements of
 * real photos and their degraded versions (see BENCHMARKS.md, "Selfie quality gate"); operations
 * override each one through configuration ({@code headshots.selfies.*}).
 */
public record QualityThresholds(
        int minShorterSide,
        float minFaceScore,
        float minFaceWidth,
        float secondFaceAreaRatio,
        float cutOffMargin,
        float minSharpness,
        float minBrightness,
        float maxBrightness,
        float maxDarkFraction,
        float maxBrightFraction,
        float minColourfulness,
        float minHueSpread,
        float maxSepiaSaturation,
        float maxToneResidual,
        float minEyeOpen,
        float maxClosedEyeAperture,
        float maxYaw,
        float maxPitch,
        float maxRoll,
        float minFaceLikeness,
        int maxDuplicateHashDistance,
        float duplicateSimilarity,
        float minSamePersonSimilarity,
        int samePersonAfter) {

    public QualityThresholds {
        if (minShorterSide < 1 || minFaceWidth < 1 || secondFaceAreaRatio <= 0 || samePersonAfter < 1) {
            throw new IllegalArgumentException("Selfie thresholds must be positive");
        }
    }

    /**
     * Toned prints measure 2 to 4 (sepia of every strength, cyanotype, split toning, after JPEG), colour photos 11
     * and more, warm ones and a ginger cat included (PhotoQualityMeterTest prints them).
     */
    public static final float TONED_PRINT_RESIDUAL = 6f;

    /** The eye aspect ratio under which an eye is closed; blink detection on 68 landmarks uses about 0.2. */
    public static final float CLOSED_EYE_APERTURE = 0.2f;

    /** The defaults the product ships with. */
    public static QualityThresholds defaults() {
        return new QualityThresholds(
                512,
                0.9f,
                410f,
                0.25f,
                0.02f,
                0.06f,
                60f,
                215f,
                0.25f,
                0.25f,
                8f,
                10f,
                0.3f,
                TONED_PRINT_RESIDUAL,
                0.5f,
                CLOSED_EYE_APERTURE,
                30f,
                25f,
                20f,
                0.5f,
                6,
                0.985f,
                0.45f,
                1);
    }
}
