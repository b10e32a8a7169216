package org.headshots.application.selfie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.headshots.domain.selfie.QualityThresholds;

/**
 * The selfie intake's settings from MicroProfile Config ({@code headshots.selfies.*}, or the
 * environment, e.g. HEADSHOTS_SELFIES_MIN_FACE_WIDTH); each falls back to the shipped default.
 */
@ApplicationScoped
public class SelfieSettings {

    @Inject
    Config config;

    public int minimumAccepted() {
        return config.getOptionalValue("headshots.selfies.minimum", Integer.class)
                .orElse(8);
    }

    public int recommendedAccepted() {
        return config.getOptionalValue("headshots.selfies.recommended", Integer.class)
                .orElse(15);
    }

    public long maxBytes() {
        return config.getOptionalValue("headshots.selfies.max-mb", Integer.class)
                        .orElse(30)
                * 1_000_000L;
    }

    public QualityThresholds thresholds() {
        QualityThresholds d = QualityThresholds.defaults();
        return new QualityThresholds(
                integer("min-shorter-side", d.minShorterSide()),
                number("min-face-score", d.minFaceScore()),
                number("min-face-width", d.minFaceWidth()),
                number("second-face-area-ratio", d.secondFaceAreaRatio()),
                number("cut-off-margin", d.cutOffMargin()),
                number("min-sharpness", d.minSharpness()),
                number("min-brightness", d.minBrightness()),
                number("max-brightness", d.maxBrightness()),
                number("max-dark-fraction", d.maxDarkFraction()),
                number("max-bright-fraction", d.maxBrightFraction()),
                number("min-colourfulness", d.minColourfulness()),
                number("min-hue-spread", d.minHueSpread()),
                number("max-sepia-saturation", d.maxSepiaSaturation()),
                number("max-tone-residual", d.maxToneResidual()),
                number("min-eye-open", d.minEyeOpen()),
                number("max-closed-eye-aperture", d.maxClosedEyeAperture()),
                number("max-yaw", d.maxYaw()),
                number("max-pitch", d.maxPitch()),
                number("max-roll", d.maxRoll()),
                number("min-face-likeness", d.minFaceLikeness()),
                integer("max-duplicate-hash-distance", d.maxDuplicateHashDistance()),
                number("duplicate-similarity", d.duplicateSimilarity()),
                number("min-same-person-similarity", d.minSamePersonSimilarity()),
                integer("same-person-after", d.samePersonAfter()));
    }

    private int integer(String name, int fallback) {
        return config.getOptionalValue("headshots.selfies." + name, Integer.class)
                .orElse(fallback);
    }

    private float number(String name, float fallback) {
        return config.getOptionalValue("headshots.selfies." + name, Float.class).orElse(fallback);
    }
}
