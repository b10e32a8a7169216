package org.headshots.node.domain.compose;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What differs between the headshots of one style for one person. The variation is drawn from a generator
 * seeded by the style id, the order's seed, the headshot's index and the try (a headshot that fails its
 * checks is made again with the next try), so the same (seed, index, try) always gives the same pixels
 * and another seed gives other headshots. Seed 0, index 0, try 0 is the style exactly as approved. What a
 * person notices between headshots of one photo follows the index: the crop ({@link #crop()}: the style's,
 * closer, wider), the shape ({@link Aspect#forIndex}) and the side the key light comes from (alternating,
 * {@value #MIN_LIGHT_TURN_DEGREES} to {@value #MAX_LIGHT_TURN_DEGREES} degrees); the rest is drawn. The colour
 * grade is not varied: every headshot of an order gets its style's, so that a team wall looks like one session.
 *
 * @param offsetX   horizontal shift of the face as a fraction of the frame width
 * @param offsetY   vertical shift of the eye line as a fraction of the frame height
 * @param zoom      factor on the style's face height
 * @param lightTurnDegrees how far the key light swings
 * @param sceneSeed what a painted backdrop (a blurred office, say) shows
 */
public record Variation(
        int index,
        double offsetX,
        double offsetY,
        double zoom,
        double lightTurnDegrees,
        BackdropShift backdropShift,
        long sceneSeed) {

    public static final double MAX_OFFSET_X = 0.03;
    public static final double MAX_OFFSET_Y = 0.015;
    public static final double MAX_ZOOM_CHANGE = 0.04;
    public static final double MAX_LIGHT_TURN_DEGREES = 25;
    public static final double MIN_LIGHT_TURN_DEGREES = 10;

    public Variation {
        if (index < 0) {
            throw new IllegalArgumentException("A variation index is 0 or more, not " + index);
        }
        Bounds.require("A variation's horizontal offset", offsetX, -MAX_OFFSET_X, MAX_OFFSET_X);
        Bounds.require("A variation's vertical offset", offsetY, -MAX_OFFSET_Y, MAX_OFFSET_Y);
        Bounds.require("A variation's zoom", zoom, 1 - MAX_ZOOM_CHANGE, 1 + MAX_ZOOM_CHANGE);
        Bounds.require("A variation's light turn", lightTurnDegrees, -MAX_LIGHT_TURN_DEGREES, MAX_LIGHT_TURN_DEGREES);
        Objects.requireNonNull(backdropShift, "backdropShift");
    }

    /** Headshot {@code index} of a style for an order with {@code seed}, at try {@code attempt} (0 first). */
    public static Variation of(String styleId, long seed, int index, int attempt) {
        Objects.requireNonNull(styleId, "styleId");
        if (index < 0 || attempt < 0) {
            throw new IllegalArgumentException(
                    "A variation index and try are 0 or more, not " + index + " and " + attempt);
        }
        Draws draws = new Draws(mix(styleId, seed, index, attempt));
        long sceneSeed = draws.nextLong();
        if (seed == 0 && index == 0 && attempt == 0) {
            return new Variation(0, 0, 0, 1, 0, BackdropShift.NONE, sceneSeed);
        }
        return new Variation(
                index,
                draws.next(MAX_OFFSET_X),
                draws.next(MAX_OFFSET_Y * 0.8),
                1 + draws.next(MAX_ZOOM_CHANGE * 0.75),
                lightTurn(index, draws.next(1)),
                new BackdropShift(
                        draws.next(BackdropShift.MAX_ANGLE_DEGREES), draws.next(BackdropShift.MAX_BRIGHTNESS)),
                sceneSeed);
    }

    /** How close headshot {@link #index} is cropped compared with its style. */
    public Crop crop() {
        return Crop.forIndex(index);
    }

    /** From the one side for even headshots and the other for odd ones, by a drawn amount. */
    private static double lightTurn(int index, double draw) {
        double amount = MIN_LIGHT_TURN_DEGREES + Math.abs(draw) * (MAX_LIGHT_TURN_DEGREES - MIN_LIGHT_TURN_DEGREES);
        return index % 2 == 0 ? amount : -amount;
    }

    /** FNV-1a over the id's UTF-8 bytes, then the seed's eight bytes, the index and the try. */
    private static long mix(String styleId, long seed, int index, int attempt) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : styleId.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xFF)) * 0x100000001b3L;
        }
        for (int shift = 0; shift < 64; shift += 8) {
            hash = (hash ^ (seed >>> shift & 0xFF)) * 0x100000001b3L;
        }
        hash = (hash ^ index) * 0x100000001b3L;
        return (hash ^ attempt) * 0x100000001b3L;
    }
}
