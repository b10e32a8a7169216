package org.headshots.node.domain.face;

import java.util.Objects;

/** Per-pixel opacity of the person in a photo, row-major: 0 is background, 255 is person. */
public record AlphaMatte(int width, int height, byte[] alpha) {

    public AlphaMatte {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("matte size must be positive: " + width + "x" + height);
        }
        Objects.requireNonNull(alpha, "alpha");
        if (alpha.length != (long) width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " matte needs " + (long) width * height
                    + " values, got " + alpha.length);
        }
        alpha = alpha.clone();
    }

    /** A copy: the record stays immutable. */
    @Override
    public byte[] alpha() {
        return alpha.clone();
    }

    /** 0 (background) to 255 (person). */
    public int alphaAt(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException(
                    "(" + x + ", " + y + ") is outside the " + width + "x" + height + " matte");
        }
        return alpha[y * width + x] & 0xFF;
    }

    /** Mean alpha (0–255) over the pixels with left ≤ x &lt; right and top ≤ y &lt; bottom, clipped to the matte. */
    public double mean(int left, int top, int right, int bottom) {
        int x0 = Math.max(0, left);
        int y0 = Math.max(0, top);
        int x1 = Math.min(width, right);
        int y1 = Math.min(height, bottom);
        if (x1 <= x0 || y1 <= y0) {
            throw new IllegalArgumentException("the rectangle (" + left + ", " + top + ") to (" + right + ", " + bottom
                    + ") holds no pixel of the " + width + "x" + height + " matte");
        }
        long sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sum += alpha[y * width + x] & 0xFF;
            }
        }
        return (double) sum / ((long) (x1 - x0) * (y1 - y0));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlphaMatte m
                && m.width == width
                && m.height == height
                && java.util.Arrays.equals(alpha, m.alpha);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + java.util.Arrays.hashCode(alpha);
    }

    @Override
    public String toString() {
        return "AlphaMatte[" + width + "x" + height + "]";
    }
}
