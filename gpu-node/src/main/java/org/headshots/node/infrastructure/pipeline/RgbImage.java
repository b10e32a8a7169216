package org.headshots.node.infrastructure.pipeline;

import java.awt.image.BufferedImage;
import org.headshots.node.infrastructure.image.PackedPixels;

/**
 * A photo's pixels read once into memory, sampled into model inputs. Sampling is bilinear; when an input pixel
 * spans several photo pixels, several bilinear samples are averaged so that shrinking a large photo does not
 * alias. Outside the photo the pixels are black, as in OpenCV's default warp border.
 */
public final class RgbImage {

    private final int width;
    private final int height;
    private final int[] rgb;

    private RgbImage(int width, int height, int[] rgb) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    public static RgbImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return new RgbImage(w, h, PackedPixels.of(image));
    }

    /** The pixels themselves (not a copy), packed 0xRRGGBB, row-major. */
    int[] packed() {
        return rgb;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** One normalisation per channel: value = (pixel − offset) / divisor, pixel 0–255. */
    public record Normalisation(float[] offsets, float[] divisors) {

        public static Normalisation uniform(float offset, float divisor) {
            return new Normalisation(new float[] {offset, offset, offset}, new float[] {divisor, divisor, divisor});
        }
    }

    /** Planar RGB (channel, row, column), as NCHW models take it, for a batch of one. */
    public float[] planarRgb(PixelMapping mapping, int outWidth, int outHeight, Normalisation normalisation) {
        int plane = outWidth * outHeight;
        float[] out = new float[3 * plane];
        float[] pixel = new float[3];
        int n = samplesPerAxis(mapping);
        for (int v = 0; v < outHeight; v++) {
            for (int u = 0; u < outWidth; u++) {
                sample(mapping, u, v, n, pixel);
                int i = v * outWidth + u;
                for (int ch = 0; ch < 3; ch++) {
                    out[ch * plane + i] = (pixel[ch] - normalisation.offsets[ch]) / normalisation.divisors[ch];
                }
            }
        }
        return out;
    }

    /** Luma (0.299 R + 0.587 G + 0.114 B, as OpenCV's RGB2GRAY) divided by {@code divisor}. */
    public float[] gray(PixelMapping mapping, int outWidth, int outHeight, float divisor) {
        float[] out = new float[outWidth * outHeight];
        float[] pixel = new float[3];
        int n = samplesPerAxis(mapping);
        for (int v = 0; v < outHeight; v++) {
            for (int u = 0; u < outWidth; u++) {
                sample(mapping, u, v, n, pixel);
                out[v * outWidth + u] = (0.299f * pixel[0] + 0.587f * pixel[1] + 0.114f * pixel[2]) / divisor;
            }
        }
        return out;
    }

    private static int samplesPerAxis(PixelMapping mapping) {
        return Math.max(1, Math.min(16, (int) Math.ceil(mapping.footprint() - 1e-6)));
    }

    /** Mean of n × n bilinear samples spread evenly over the footprint of input pixel (u, v). */
    private void sample(PixelMapping m, int u, int v, int n, float[] pixel) {
        pixel[0] = 0;
        pixel[1] = 0;
        pixel[2] = 0;
        for (int j = 0; j < n; j++) {
            double vv = v + (j + 0.5) / n;
            for (int i = 0; i < n; i++) {
                double uu = u + (i + 0.5) / n;
                addBilinear(m.x(uu, vv) - 0.5, m.y(uu, vv) - 0.5, pixel);
            }
        }
        float count = n * n;
        pixel[0] /= count;
        pixel[1] /= count;
        pixel[2] /= count;
    }

    /**
     * Adds the colour at photo position (x, y), pixel centres at integers, to {@code sum}; black (nothing) beyond
     * half a pixel outside the photo.
     */
    private void addBilinear(double x, double y, float[] sum) {
        if (x < -0.5 || y < -0.5 || x > width - 0.5 || y > height - 0.5) {
            return;
        }
        double cx = Math.max(0, Math.min(width - 1, x));
        double cy = Math.max(0, Math.min(height - 1, y));
        int x0 = (int) cx;
        int y0 = (int) cy;
        int x1 = Math.min(x0 + 1, width - 1);
        int y1 = Math.min(y0 + 1, height - 1);
        float fx = (float) (cx - x0);
        float fy = (float) (cy - y0);
        float w00 = (1 - fx) * (1 - fy);
        float w10 = fx * (1 - fy);
        float w01 = (1 - fx) * fy;
        float w11 = fx * fy;
        int p00 = rgb[y0 * width + x0];
        int p10 = rgb[y0 * width + x1];
        int p01 = rgb[y1 * width + x0];
        int p11 = rgb[y1 * width + x1];
        for (int ch = 0, shift = 16; ch < 3; ch++, shift -= 8) {
            sum[ch] += ((p00 >> shift) & 0xFF) * w00
                    + ((p10 >> shift) & 0xFF) * w10
                    + ((p01 >> shift) & 0xFF) * w01
                    + ((p11 >> shift) & 0xFF) * w11;
        }
    }
}
