package org.headshots.node.domain.compose;

/**
 * A colour grade as small signed amounts, 0 meaning "leave alone": warmth (-1 cool to +1 warm),
 * contrast and saturation (relative changes, -0.5 to +0.5) and exposure (in stops, -1 to +1).
 */
public record ColourGrade(double warmth, double contrast, double saturation, double exposure) {

    public static final double MAX_WARMTH = 1;
    public static final double MAX_CONTRAST = 0.5;
    public static final double MAX_SATURATION = 0.5;
    public static final double MAX_EXPOSURE = 1;
    public static final ColourGrade NEUTRAL = new ColourGrade(0, 0, 0, 0);

    public ColourGrade {
        Bounds.require("A grade's warmth", warmth, -MAX_WARMTH, MAX_WARMTH);
        Bounds.require("A grade's contrast", contrast, -MAX_CONTRAST, MAX_CONTRAST);
        Bounds.require("A grade's saturation", saturation, -MAX_SATURATION, MAX_SATURATION);
        Bounds.require("A grade's exposure", exposure, -MAX_EXPOSURE, MAX_EXPOSURE);
    }

    /** This grade with {@code other} added, each amount held within its bounds. */
    public ColourGrade plus(ColourGrade other) {
        return new ColourGrade(
                Bounds.clamp(warmth + other.warmth, -MAX_WARMTH, MAX_WARMTH),
                Bounds.clamp(contrast + other.contrast, -MAX_CONTRAST, MAX_CONTRAST),
                Bounds.clamp(saturation + other.saturation, -MAX_SATURATION, MAX_SATURATION),
                Bounds.clamp(exposure + other.exposure, -MAX_EXPOSURE, MAX_EXPOSURE));
    }

    /** The same grade at a fraction of its strength (0 to 1). */
    public ColourGrade scaled(double fraction) {
        Bounds.require("A grade's strength", fraction, 0, 1);
        return new ColourGrade(warmth * fraction, contrast * fraction, saturation * fraction, exposure * fraction);
    }
}
