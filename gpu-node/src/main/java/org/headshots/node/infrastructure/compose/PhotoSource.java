package org.headshots.node.infrastructure.compose;

import java.awt.image.BufferedImage;
import org.headshots.node.domain.face.AlphaMatte;

/**
 * The photo and its matte, ready to be sampled anywhere: box-averaged first when the headshot
 * shrinks the photo by half or more (so that resampling does not alias), and continued past the
 * photo's bottom edge, and past its side edges below the chin, so that a body the photo cuts off
 * reaches the frame's edge instead of ending in mid-air. The continuation fades from the last
 * photo pixels into a smoothed copy of the edge, which reads as plain cloth rather than streaks.
 */
final class PhotoSource {

    private static final int EDGE_DEPTH = 8;

    private final int width;
    private final int height;
    private final int factor;
    private final int[] rgb;
    private final float[] alpha;
    private final float[] bottomEdge;
    private final float[] leftEdge;
    private final float[] rightEdge;
    private final int sidesFromRow;
    private final float fadeDistance;

    private PhotoSource(int width, int height, int factor, int[] rgb, float[] alpha, int sidesFromRow) {
        this.width = width;
        this.height = height;
        this.factor = factor;
        this.rgb = rgb;
        this.alpha = alpha;
        this.sidesFromRow = sidesFromRow;
        int smoothing = Math.max(2, Math.max(width, height) / 80);
        this.fadeDistance = smoothing * 2f;
        this.bottomEdge = edge(0, height - 1, 1, 0, 0, -1, width, smoothing);
        this.leftEdge = edge(0, 0, 0, 1, 1, 0, height, smoothing);
        this.rightEdge = edge(width - 1, 0, 0, 1, -1, 0, height, smoothing);
    }

    /**
     * @param scale    how much the headshot scales the photo
     * @param chinRow  the photo row below which a person cut off at the sides is continued sideways
     */
    static PhotoSource of(BufferedImage photo, AlphaMatte matte, double scale, double chinRow) {
        int w = photo.getWidth();
        int h = photo.getHeight();
        if (matte.width() != w || matte.height() != h) {
            throw new IllegalArgumentException("The matte is " + matte.width() + "x" + matte.height()
                    + " but the photo is " + w + "x" + h + "; they must be the same size");
        }
        int[] pixels = photo.getRGB(0, 0, w, h, null, 0, w);
        byte[] matteAlpha = matte.alpha();
        int factor = Math.max(1, Math.min((int) Math.floor(1 / scale), Math.min(w, h)));
        if (factor == 1) {
            float[] alpha = new float[w * h];
            for (int i = 0; i < alpha.length; i++) {
                alpha[i] = (matteAlpha[i] & 0xFF) / 255f;
            }
            return new PhotoSource(w, h, 1, pixels, alpha, (int) Math.ceil(chinRow));
        }
        int sw = w / factor;
        int sh = h / factor;
        int[] small = new int[sw * sh];
        float[] smallAlpha = new float[sw * sh];
        float cell = factor * factor;
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                int a = 0;
                for (int dy = 0; dy < factor; dy++) {
                    int row = (y * factor + dy) * w + x * factor;
                    for (int dx = 0; dx < factor; dx++) {
                        int p = pixels[row + dx];
                        r += p >> 16 & 0xFF;
                        g += p >> 8 & 0xFF;
                        b += p & 0xFF;
                        a += matteAlpha[row + dx] & 0xFF;
                    }
                }
                small[y * sw + x] = Math.round(r / cell) << 16 | Math.round(g / cell) << 8 | Math.round(b / cell);
                smallAlpha[y * sw + x] = a / (cell * 255f);
            }
        }
        return new PhotoSource(sw, sh, factor, small, smallAlpha, (int) Math.ceil(chinRow / factor));
    }

    /**
     * Bicubic (Catmull-Rom) sample at a photo position in continuous coordinates (pixel i covers
     * [i, i + 1)); writes red, green, blue (0 to 1) and alpha into {@code out}.
     */
    void sample(double photoX, double photoY, float[] out, float[] tap) {
        double u = photoX / factor - 0.5;
        double v = photoY / factor - 0.5;
        if (v < -2 || (u < -2 || u > width + 1) && v < sidesFromRow - 2) {
            out[0] = out[1] = out[2] = out[3] = 0;
            return;
        }
        int x0 = (int) Math.floor(u);
        int y0 = (int) Math.floor(v);
        double fx = u - x0;
        double fy = v - y0;
        double r = 0;
        double g = 0;
        double b = 0;
        double a = 0;
        if (x0 >= 1 && y0 >= 1 && x0 + 2 < width && y0 + 2 < height) {
            double wx0 = catmullRom(-1 - fx);
            double wx1 = catmullRom(-fx);
            double wx2 = catmullRom(1 - fx);
            double wx3 = catmullRom(2 - fx);
            for (int j = -1; j <= 2; j++) {
                double wy = catmullRom(j - fy);
                int row = (y0 + j) * width + x0;
                for (int i = -1; i <= 2; i++) {
                    double weight = wy * (i == -1 ? wx0 : i == 0 ? wx1 : i == 1 ? wx2 : wx3);
                    int p = rgb[row + i];
                    r += weight * (p >> 16 & 0xFF);
                    g += weight * (p >> 8 & 0xFF);
                    b += weight * (p & 0xFF);
                    a += weight * alpha[row + i];
                }
            }
            out[0] = clamp01(r / 255);
            out[1] = clamp01(g / 255);
            out[2] = clamp01(b / 255);
            out[3] = clamp01(a);
            return;
        }
        for (int j = -1; j <= 2; j++) {
            double wy = catmullRom(j - fy);
            for (int i = -1; i <= 2; i++) {
                double weight = wy * catmullRom(i - fx);
                fetch(x0 + i, y0 + j, tap);
                r += weight * tap[0];
                g += weight * tap[1];
                b += weight * tap[2];
                a += weight * tap[3];
            }
        }
        out[0] = clamp01(r);
        out[1] = clamp01(g);
        out[2] = clamp01(b);
        out[3] = clamp01(a);
    }

    private void fetch(int x, int y, float[] tap) {
        int cx = x < 0 ? 0 : x >= width ? width - 1 : x;
        int cy = y < 0 ? 0 : y >= height ? height - 1 : y;
        int index = cy * width + cx;
        int p = rgb[index];
        tap[0] = (p >> 16 & 0xFF) / 255f;
        tap[1] = (p >> 8 & 0xFF) / 255f;
        tap[2] = (p & 0xFF) / 255f;
        tap[3] = alpha[index];
        if (x == cx && y == cy) {
            return;
        }
        if (y < 0) {
            tap[3] = 0;
        } else if (y >= height) {
            fade(tap, bottomEdge, cx, y - cy);
        } else if (y >= sidesFromRow) {
            fade(tap, x < 0 ? leftEdge : rightEdge, cy, Math.abs(x - cx));
        } else {
            tap[3] = 0;
        }
    }

    private void fade(float[] tap, float[] edge, int at, int distance) {
        float t = Math.min(1, distance / fadeDistance);
        for (int c = 0; c < 3; c++) {
            tap[c] += (edge[at * 3 + c] - tap[c]) * t;
        }
    }

    /**
     * The person's colours along one edge: each averaged over {@link #EDGE_DEPTH} pixels inwards and
     * then box-blurred along the edge, weighted by alpha so that the old background beside the
     * person does not bleed into the continued body.
     */
    private float[] edge(int startX, int startY, int alongX, int alongY, int inX, int inY, int length, int smoothing) {
        float[][] sums = new float[4][length];
        int depth = Math.min(EDGE_DEPTH, alongX == 1 ? height : width);
        for (int i = 0; i < length; i++) {
            for (int d = 0; d < depth; d++) {
                int index = (startY + i * alongY + d * inY) * width + startX + i * alongX + d * inX;
                int p = rgb[index];
                float weight = alpha[index] + 1e-3f;
                sums[0][i] += (p >> 16 & 0xFF) / 255f * weight;
                sums[1][i] += (p >> 8 & 0xFF) / 255f * weight;
                sums[2][i] += (p & 0xFF) / 255f * weight;
                sums[3][i] += weight;
            }
        }
        for (float[] sum : sums) {
            BoxBlur.blur(sum, length, 1, smoothing);
        }
        float[] edge = new float[length * 3];
        for (int i = 0; i < length; i++) {
            for (int c = 0; c < 3; c++) {
                edge[i * 3 + c] = sums[c][i] / sums[3][i];
            }
        }
        return edge;
    }

    private static double catmullRom(double t) {
        double x = Math.abs(t);
        if (x < 1) {
            return 1.5 * x * x * x - 2.5 * x * x + 1;
        }
        if (x < 2) {
            return -0.5 * x * x * x + 2.5 * x * x - 4 * x + 2;
        }
        return 0;
    }

    private static float clamp01(double value) {
        return (float) (value < 0 ? 0 : value > 1 ? 1 : value);
    }
}
