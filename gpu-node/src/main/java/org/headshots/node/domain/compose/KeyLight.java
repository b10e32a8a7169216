package org.headshots.node.domain.compose;

/**
 * A soft key light on the person: its strength (0 none, 1 strongest that still looks natural) and
 * where it comes from, in degrees from straight ahead: negative from the image left, positive from
 * the image right.
 */
public record KeyLight(double strength, double azimuthDegrees) {

    public static final double MAX_AZIMUTH_DEGREES = 75;
    public static final KeyLight NONE = new KeyLight(0, 0);

    public KeyLight {
        Bounds.require("A key light's strength", strength, 0, 1);
        Bounds.require("A key light's azimuth", azimuthDegrees, -MAX_AZIMUTH_DEGREES, MAX_AZIMUTH_DEGREES);
    }

    /** The same light swung by {@code degrees}, held within the azimuth bounds. */
    public KeyLight turned(double degrees) {
        return new KeyLight(
                strength, Bounds.clamp(azimuthDegrees + degrees, -MAX_AZIMUTH_DEGREES, MAX_AZIMUTH_DEGREES));
    }
}
