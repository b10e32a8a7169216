package org.headshots.node.domain.compose;

/**
 * How one variation moves the backdrop: the angle by which a gradient's axis (or a studio
 * backdrop's light spot) swings, and a relative change of brightness.
 */
public record BackdropShift(double angleDegrees, double brightness) {

    public static final double MAX_ANGLE_DEGREES = 15;
    public static final double MAX_BRIGHTNESS = 0.06;
    public static final BackdropShift NONE = new BackdropShift(0, 0);

    public BackdropShift {
        Bounds.require("A backdrop's angle shift", angleDegrees, -MAX_ANGLE_DEGREES, MAX_ANGLE_DEGREES);
        Bounds.require("A backdrop's brightness shift", brightness, -MAX_BRIGHTNESS, MAX_BRIGHTNESS);
    }
}
