package org.headshots.node.infrastructure.compose;

import java.awt.image.BufferedImage;
import org.headshots.node.domain.face.AlphaMatte;

/**
 * The photo and its matte, ready to be sampled anywhere: box-averaged first when the headshot shrinks the photo by
 * half or more (so that resampling does not alias). Nothing is invented beyond the photo: a body the photo cuts at
 * its bottom edge, or at its side edges below the chin, fades into the backdrop over {@code fadeLength} photo
 * pixels before the edge, as a studio photo ends a body, and outside the photo there is no person at all.
 */
final class PhotoSource {

    private final int width;
    private final int height;
    private final int factor;
    private final int[] rgb;
    private final float[] alpha;
    private final double sidesFromRow;
    private final double fadeLength;

    private PhotoSource(
            int width, int height, int factor, int[] rgb, float[] alpha, double sidesFromRow, double fadeLength) {
        this.width = width;
        this.height = height;
        this.factor = factor;
        this.rgb = rgb;
        this.alpha = alpha;
        this.sidesFromRow = sidesFromRow;
        this.fadeLength = Math.max(1, fadeLength);
    }

    /**
     * @param scale      how much the headshot scales the photo
     * @param chinRow    the photo row below which a person cut off at the sides fades out there too
     * @param fadeLength over how many photo pixels before the edge a cut body fades out
     */
    static PhotoSource of(BufferedImage photo, AlphaMatte matte, double scale, double chinRow, double fadeLength) {
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
            return new PhotoSource(w, h, 1, pixels, alpha, chinRow, fadeLength);
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
        return new PhotoSource(sw, sh, factor, small, smallAlpha, chinRow, fadeLength);
    }

    /**
     * Bicubic (Catmull-Rom) sample at a photo position in continuous coordinates (pixel i covers
     * [i, i + 1)); writes red, green, blue (0 to 1) and alpha into {@code out}.
     */
    void sample(double photoX, double photoY, float[] out, float[] tap) {
        double u = photoX / factor - 0.5;
        double v = photoY / factor - 0.5;
        double edgeFade = edgeFade(photoX, photoY);
        if (edgeFade <= 0) {
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
            if (noPersonAround(x0, y0)) {
                // the backdrop will cover it: no colour is needed where there is no person (half of most frames)
                out[0] = out[1] = out[2] = out[3] = 0;
                return;
            }
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
            out[3] = (float) (clamp01(a) * edgeFade);
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
        out[3] = (float) (clamp01(a) * edgeFade);
    }

    /** Whether the matte is 0 over all 16 taps of a bicubic sample at (x0, y0). */
    private boolean noPersonAround(int x0, int y0) {
        for (int j = -1; j <= 2; j++) {
            int row = (y0 + j) * width + x0;
            if (alpha[row - 1] != 0 || alpha[row] != 0 || alpha[row + 1] != 0 || alpha[row + 2] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * 1 inside the photo, easing to 0 at its bottom edge over the fade's length, and at its side edges below the
     * chin; 0 outside. The top edge needs none: a person whom the photo cuts there has no hair to invent either.
     */
    private double edgeFade(double photoX, double photoY) {
        double fullWidth = (double) width * factor;
        double fullHeight = (double) height * factor;
        double fade = smoothstep((fullHeight - photoY) / fadeLength);
        if (photoY > sidesFromRow) {
            fade *= smoothstep(Math.min(photoX, fullWidth - photoX) / fadeLength);
        }
        return photoY < 0 ? 0 : fade;
    }

    private static double smoothstep(double t) {
        double x = t < 0 ? 0 : t > 1 ? 1 : t;
        return x * x * (3 - 2 * x);
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
        if (x != cx || y != cy) {
            tap[3] = 0;
        }
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
