package org.headshots.node.domain.quality;

/**
 * How the largest face is exposed and focused.
 *
 * @param sharpness      Laplacian variance of the face resampled to {@value PhotoQualityMeter#FACE_WIDTH} px wide,
 *                       as v / (v + 100), 0..1
 * @param brightness     mean luma, 0..255
 * @param darkFraction   share of pixels with luma below {@value PhotoQualityMeter#DARK_LUMA}
 * @param brightFraction share of pixels with luma above {@value PhotoQualityMeter#BRIGHT_LUMA}
 */
public record FaceExposure(float sharpness, float brightness, float darkFraction, float brightFraction) {

    /** No face, nothing measured. */
    public static final FaceExposure NO_FACE = new FaceExposure(0, 0, 0, 0);

    public FaceExposure {
        requireBetween("sharpness", sharpness, 1);
        requireBetween("brightness", brightness, 255);
        requireBetween("dark fraction", darkFraction, 1);
        requireBetween("bright fraction", brightFraction, 1);
    }

    static void requireBetween(String name, float value, float max) {
        if (!(value >= 0 && value <= max)) {
            throw new IllegalArgumentException(name + " must be between 0 and " + max + ": " + value);
        }
    }
}
