package org.headshots.node.domain.compose;

/** Range checks shared by the style's value objects. */
final class Bounds {

    private Bounds() {}

    static double require(String what, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(what + " is " + min + " to " + max + ", not " + value);
        }
        return value;
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
