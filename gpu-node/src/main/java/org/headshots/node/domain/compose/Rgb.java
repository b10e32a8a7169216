package org.headshots.node.domain.compose;

import java.util.Locale;

/** An sRGB colour, 8 bits a channel. */
public record Rgb(int red, int green, int blue) {

    public Rgb {
        check("red", red);
        check("green", green);
        check("blue", blue);
    }

    /** Parses {@code #rrggbb}. */
    public static Rgb hex(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("A colour is written #rrggbb, not " + hex);
        }
        int packed = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(packed >> 16 & 0xFF, packed >> 8 & 0xFF, packed & 0xFF);
    }

    /** The colour as {@code 0xRRGGBB}, as {@link java.awt.image.BufferedImage#TYPE_INT_RGB} stores it. */
    public int packed() {
        return red << 16 | green << 8 | blue;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    private static void check(String channel, int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("The " + channel + " of a colour is 0 to 255, not " + value);
        }
    }
}
