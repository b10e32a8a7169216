package org.headshots.node.domain.quality;

/**
 * Finds the old background showing along the person's edge in a finished headshot: a pale rim at the jaw and
 * the hair where the photo's background was bright, or a coloured fringe along the shoulders. A clean edge mixes
 * the person and the new backdrop, so no channel of it is brighter than the brightest of either nearby; a rim of
 * the old background is, in some channel, by more than {@link #TOLERANCE}. Only paler or more coloured counts:
 * the person's shadow on the backdrop is darker, and rightly so.
 */
public final class HaloMeter {

    /** The most a headshot may have; a clean composite measures 0 to 3 %. */
    public static final double MAX_SHARE = 0.15;

    /** How much brighter than both sides a channel may be (0..255) before an edge pixel is a halo. */
    static final int TOLERANCE = 18;
    /** Alpha below which a pixel is the new backdrop. */
    static final float OUTSIDE = 0.05f;
    /** Alpha above which a pixel is solid person. */
    static final float SOLID = 0.95f;

    /**
     * The share of the edge (the outer band of the person, {@code 0.6 %} of the frame's height deep) that is
     * brighter in some channel than the person and the backdrop around it: 0 for a clean composite.
     *
     * @param alpha the person's alpha as the frame was composited with it, 0 to 255, one per pixel
     */
    public double haloShare(RgbPixels picture, byte[] alpha) {
        int width = picture.width();
        int height = picture.height();
        if (alpha.length != width * height) {
            throw new IllegalArgumentException(
                    "The matte has " + alpha.length + " pixels, the picture " + width * height);
        }
        int band = Math.max(2, Math.round(height * 0.006f));
        int reach = Math.max(6, Math.round(height * 0.025f));
        int stride = Math.max(1, reach / 8);
        int[] outside = integral(alpha, width, height);
        int[] rgb = picture.rgb();
        int edge = 0;
        int halo = 0;
        for (int y = 0; y < height; y += 2) {
            for (int x = 0; x < width; x += 2) {
                int i = y * width + x;
                if (value(alpha[i]) < OUTSIDE || count(outside, width, height, x, y, band) == 0) {
                    continue;
                }
                int[] bright = brightestAround(rgb, alpha, outside, width, height, x, y, reach, stride, band);
                if (bright == null) {
                    continue;
                }
                edge++;
                int p = rgb[i];
                if ((p >> 16 & 0xFF) > bright[0] + TOLERANCE
                        || (p >> 8 & 0xFF) > bright[1] + TOLERANCE
                        || (p & 0xFF) > bright[2] + TOLERANCE) {
                    halo++;
                }
            }
        }
        return edge == 0 ? 0 : (double) halo / edge;
    }

    /**
     * Per channel, the brightest of the solid person (away from the edge) and of the backdrop within {@code reach};
     * null when either is missing there.
     */
    private static int[] brightestAround(
            int[] rgb,
            byte[] alpha,
            int[] outside,
            int width,
            int height,
            int cx,
            int cy,
            int reach,
            int stride,
            int band) {
        int[] bright = new int[3];
        boolean person = false;
        boolean backdrop = false;
        for (int y = Math.max(0, cy - reach); y <= Math.min(height - 1, cy + reach); y += stride) {
            for (int x = Math.max(0, cx - reach); x <= Math.min(width - 1, cx + reach); x += stride) {
                int i = y * width + x;
                float a = value(alpha[i]);
                boolean isBackdrop = a < OUTSIDE / 2;
                boolean isPerson = a > SOLID && count(outside, width, height, x, y, 2 * band) == 0;
                if (!isBackdrop && !isPerson) {
                    continue;
                }
                person |= isPerson;
                backdrop |= isBackdrop;
                int p = rgb[i];
                bright[0] = Math.max(bright[0], p >> 16 & 0xFF);
                bright[1] = Math.max(bright[1], p >> 8 & 0xFF);
                bright[2] = Math.max(bright[2], p & 0xFF);
            }
        }
        return person && backdrop ? bright : null;
    }

    private static float value(byte alpha) {
        return (alpha & 0xFF) / 255f;
    }

    /** Summed-area table of the backdrop pixels (alpha below {@link #OUTSIDE}), (width + 1) x (height + 1). */
    private static int[] integral(byte[] alpha, int width, int height) {
        int[] table = new int[(width + 1) * (height + 1)];
        for (int y = 0; y < height; y++) {
            int row = 0;
            for (int x = 0; x < width; x++) {
                row += value(alpha[y * width + x]) < OUTSIDE ? 1 : 0;
                table[(y + 1) * (width + 1) + x + 1] = table[y * (width + 1) + x + 1] + row;
            }
        }
        return table;
    }

    /** How many backdrop pixels lie in the square of radius {@code r} around (x, y). */
    private static int count(int[] table, int width, int height, int x, int y, int r) {
        int x0 = Math.max(0, x - r);
        int y0 = Math.max(0, y - r);
        int x1 = Math.min(width, x + r + 1);
        int y1 = Math.min(height, y + r + 1);
        int w = width + 1;
        return table[y1 * w + x1] - table[y0 * w + x1] - table[y1 * w + x0] + table[y0 * w + x0];
    }
}
