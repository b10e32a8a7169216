package org.headshots.node.domain.face;

import java.util.Objects;

/** How much each pixel of a photo belongs to the person: row-major, 0 background, 255 person. */
public record AlphaMatte(int width, int height, byte[] alpha) {

    public AlphaMatte {
        Objects.requireNonNull(alpha, "alpha");
        if (width < 1 || height < 1 || (long) width * height != alpha.length) {
            throw new IllegalArgumentException("A " + width + "x" + height + " matte needs "
                    + (long) width * height + " alpha values, not " + alpha.length);
        }
    }
}
