package org.headshots.node.domain.compose;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What differs between the headshots of one style for one person. Index 0 is the style exactly as
 * approved; the others shift the framing, the light, the grade and the backdrop by small amounts
 * drawn from a generator seeded by the style id and the index, so a resent request gets the same
 * pixels.
 *
 * @param offsetX   horizontal shift of the face as a fraction of the frame width
 * @param offsetY   vertical shift of the eye line as a fraction of the frame height
 * @param zoom      factor on the style's face height
 * @param lightTurnDegrees how far the key light swings
 */
public record Variation(
        int index,
        double offsetX,
        double offsetY,
        double zoom,
        double lightTurnDegrees,
        ColourGrade gradeJitter,
        BackdropShift backdropShift) {

    public static final double MAX_OFFSET_X = 0.03;
    public static final double MAX_OFFSET_Y = 0.015;
    public static final double MAX_ZOOM_CHANGE = 0.04;
    public static final double MAX_LIGHT_TURN_DEGREES = 25;

    public Variation {
        if (index < 0) {
            throw new IllegalArgumentException("A variation index is 0 or more, not " + index);
        }
        Bounds.require("A variation's horizontal offset", offsetX, -MAX_OFFSET_X, MAX_OFFSET_X);
        Bounds.require("A variation's vertical offset", offsetY, -MAX_OFFSET_Y, MAX_OFFSET_Y);
        Bounds.require("A variation's zoom", zoom, 1 - MAX_ZOOM_CHANGE, 1 + MAX_ZOOM_CHANGE);
        Bounds.require("A variation's light turn", lightTurnDegrees, -MAX_LIGHT_TURN_DEGREES, MAX_LIGHT_TURN_DEGREES);
        Objects.requireNonNull(gradeJitter, "gradeJitter");
        Objects.requireNonNull(backdropShift, "backdropShift");
    }

    /** The variation number {@code index} of a style. */
    public static Variation of(String styleId, int index) {
        Objects.requireNonNull(styleId, "styleId");
        if (index < 0) {
            throw new IllegalArgumentException("A variation index is 0 or more, not " + index);
        }
        if (index == 0) {
            return new Variation(0, 0, 0, 1, 0, ColourGrade.NEUTRAL, BackdropShift.NONE);
        }
        Draws draws = new Draws(seed(styleId, index));
        return new Variation(index,
                draws.next(MAX_OFFSET_X),
                draws.next(MAX_OFFSET_Y * 0.8),
                1 + draws.next(MAX_ZOOM_CHANGE * 0.75),
                draws.next(MAX_LIGHT_TURN_DEGREES),
                new ColourGrade(draws.next(0.12), draws.next(0.04), draws.next(0.05), draws.next(0.08)),
                new BackdropShift(draws.next(BackdropShift.MAX_ANGLE_DEGREES),
                        draws.next(BackdropShift.MAX_BRIGHTNESS)));
    }

    /** FNV-1a over the id's UTF-8 bytes, then the index. */
    private static long seed(String styleId, int index) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : styleId.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xFF)) * 0x100000001b3L;
        }
        return (hash ^ index) * 0x100000001b3L;
    }

    /** SplitMix64, written out so the sequence never depends on the JDK's generators. */
    private static final class Draws {

        private long state;

        Draws(long seed) {
            this.state = seed;
        }

        /** A value evenly spread over [-max, max). */
        double next(double max) {
            state += 0x9e3779b97f4a7c15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            z = z ^ (z >>> 31);
            double unit = (z >>> 11) * 0x1.0p-53;
            return (unit * 2 - 1) * max;
        }
    }
}
