package org.headshots.node.domain.quality;

/**
 * A photo as packed 0xRRGGBB pixels, row-major. The array is shared, not copied: pixels of a decoded photo are
 * measured where they lie, which matters at 12 megapixels.
 */
public final class RgbPixels {

    private final int width;
    private final int height;
    private final int[] rgb;

    public RgbPixels(int width, int height, int[] rgb) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
        }
        if (rgb.length < (long) width * height) {
            throw new IllegalArgumentException("need " + (long) width * height + " pixels, got " + rgb.length);
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels themselves (not a copy), {@code width} per row. */
    public int[] rgb() {
        return rgb;
    }

    public int at(int x, int y) {
        return rgb[y * width + x];
    }

    /** Luma 0..255 (0.299 R + 0.587 G + 0.114 B) of a packed pixel. */
    public static double luma(int pixel) {
        return 0.299 * ((pixel >> 16) & 0xff) + 0.587 * ((pixel >> 8) & 0xff) + 0.114 * (pixel & 0xff);
    }

    /** The rectangle, clipped to the photo (at least one pixel), as a new image. */
    public RgbPixels crop(int left, int top, int cropWidth, int cropHeight) {
        int x0 = Math.max(0, Math.min(width - 1, left));
        int y0 = Math.max(0, Math.min(height - 1, top));
        int w = Math.max(1, Math.min(width - x0, cropWidth));
        int h = Math.max(1, Math.min(height - y0, cropHeight));
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(rgb, (y0 + y) * width + x0, out, y * w, w);
        }
        return new RgbPixels(w, h, out);
    }

    /** Shrunk so that its longer side is at most {@code longestSide}; this image itself when it already fits. */
    public RgbPixels fitWithin(int longestSide) {
        if (longestSide <= 0) {
            throw new IllegalArgumentException("longest side must be positive: " + longestSide);
        }
        if (Math.max(width, height) <= longestSide) {
            return this;
        }
        double scale = (double) longestSide / Math.max(width, height);
        return resized(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
    }

    /**
     * Resampled to {@code outWidth} × {@code outHeight}, each axis separately: where it shrinks each output pixel
     * is the area-weighted mean of the input pixels it covers (no aliasing), where it grows it is interpolated
     * linearly.
     */
    public RgbPixels resized(int outWidth, int outHeight) {
        if (outWidth == width && outHeight == height) {
            return this;
        }
        Taps columns = Taps.of(width, outWidth);
        Taps rows = Taps.of(height, outHeight);
        float[] horizontal = new float[3 * outWidth * height];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < outWidth; x++) {
                float r = 0;
                float g = 0;
                float b = 0;
                for (int t = columns.start[x]; t < columns.start[x + 1]; t++) {
                    int p = rgb[row + columns.index[t]];
                    float w = columns.weight[t];
                    r += ((p >> 16) & 0xff) * w;
                    g += ((p >> 8) & 0xff) * w;
                    b += (p & 0xff) * w;
                }
                int o = 3 * (y * outWidth + x);
                horizontal[o] = r;
                horizontal[o + 1] = g;
                horizontal[o + 2] = b;
            }
        }
        int[] out = new int[outWidth * outHeight];
        float[] sum = new float[3 * outWidth];
        for (int y = 0; y < outHeight; y++) {
            java.util.Arrays.fill(sum, 0);
            for (int t = rows.start[y]; t < rows.start[y + 1]; t++) {
                int from = 3 * rows.index[t] * outWidth;
                float w = rows.weight[t];
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += horizontal[from + i] * w;
                }
            }
            for (int x = 0; x < outWidth; x++) {
                out[y * outWidth + x] =
                        channel(sum[3 * x]) << 16 | channel(sum[3 * x + 1]) << 8 | channel(sum[3 * x + 2]);
            }
        }
        return new RgbPixels(outWidth, outHeight, out);
    }

    private static int channel(float value) {
        return Math.max(0, Math.min(255, Math.round(value)));
    }

    /** For each output index along one axis, the input indices it reads and their weights (summing to 1). */
    private static final class Taps {
        final int[] start;
        final int[] index;
        final float[] weight;

        private Taps(int[] start, int[] index, float[] weight) {
            this.start = start;
            this.index = index;
            this.weight = weight;
        }

        static Taps of(int in, int out) {
            double scale = (double) in / out;
            int[] start = new int[out + 1];
            int capacity = out * ((int) Math.ceil(scale) + 2);
            int[] index = new int[capacity];
            float[] weight = new float[capacity];
            int n = 0;
            for (int o = 0; o < out; o++) {
                start[o] = n;
                if (scale > 1) {
                    double from = o * scale;
                    double to = Math.min(in, from + scale);
                    for (int i = (int) from; i < to; i++) {
                        double covered = Math.min(to, i + 1) - Math.max(from, i);
                        if (covered > 0) {
                            index[n] = i;
                            weight[n++] = (float) (covered / scale);
                        }
                    }
                } else {
                    double centre = Math.max(0, Math.min(in - 1, (o + 0.5) * scale - 0.5));
                    int i0 = (int) centre;
                    int i1 = Math.min(in - 1, i0 + 1);
                    float f = (float) (centre - i0);
                    index[n] = i0;
                    weight[n++] = 1 - f;
                    index[n] = i1;
                    weight[n++] = f;
                }
            }
            start[out] = n;
            return new Taps(start, index, weight);
        }
    }
}
