package org.headshots.domain.selfie;

import java.util.List;
import java.util.Objects;

/**
 * Everything the quality gate looks at in one photo: its upright size, its faces (largest first),
 * and the photo-level measures — sharpness, brightness and clipping of the main face, colourfulness,
 * saturation, hue spread, the tone residual (colour left once brightness is known: next to none for sepia and
 * other toned prints; 0 when the node did not measure it), and a 64-bit difference hash for near-duplicates.
 */
public record PhotoMeasurements(
        int width,
        int height,
        List<FaceMeasure> faces,
        float faceSharpness,
        float faceBrightness,
        float faceDarkFraction,
        float faceBrightFraction,
        float colourfulness,
        float meanSaturation,
        float hueSpread,
        long dhash,
        float toneResidual) {

    public PhotoMeasurements {
        Objects.requireNonNull(faces, "faces");
        faces = List.copyOf(faces);
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("A photo has a size");
        }
    }

    public int shorterSide() {
        return Math.min(width, height);
    }
}
