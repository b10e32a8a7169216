package org.headshots.node.domain.quality;

/**
 * Measures a photo's quality on packed RGB pixels: the face's focus and exposure, the photo's colour, and a
 * perceptual hash to spot the same picture uploaded twice. Colour and hash do not need detail, so they are
 * measured on an overview of at most {@value #OVERVIEW_SIZE} px; the face at its full resolution, resampled to
 * {@value #FACE_WIDTH} px wide so that faces of every size are measured on the same scale.
 */
public final class PhotoQualityMeter {

    public static final int OVERVIEW_SIZE = 512;
    public static final int FACE_WIDTH = 256;
    public static final int DARK_LUMA = 20;
    public static final int BRIGHT_LUMA = 245;
    /** Below this HSV saturation (or value) a pixel's hue is noise, not colour. */
    static final double SATURATED = 0.15;

    static final double LIT = 0.1;
    /** Fewer saturated pixels than this share and the photo has no hue to spread. */
    static final double MIN_SATURATED_SHARE = 0.01;

    /** The face's focus and exposure; {@code face} is the face box cut from the photo at full resolution. */
    public FaceExposure face(RgbPixels face) {
        int height = Math.max(3, (int) Math.round(face.height() * (double) FACE_WIDTH / face.width()));
        RgbPixels scaled = face.resized(FACE_WIDTH, height);
        int[] rgb = scaled.rgb();
        int n = FACE_WIDTH * height;
        double sum = 0;
        int dark = 0;
        int bright = 0;
        for (int i = 0; i < n; i++) {
            double luma = RgbPixels.luma(rgb[i]);
            sum += luma;
            if (luma < DARK_LUMA) {
                dark++;
            } else if (luma > BRIGHT_LUMA) {
                bright++;
            }
        }
        return new FaceExposure(
                (float) Sharpness.of(rgb, FACE_WIDTH, height),
                (float) Math.min(255, sum / n),
                (float) dark / n,
                (float) bright / n);
    }

    /** Brightness bands for the tone residual: fine enough that a tone curve is flat within one. */
    static final int TONE_BANDS = 32;
    /** Half-unit steps of the residual's histogram: up to 256 units, far beyond any photo's median. */
    private static final int RESIDUAL_STEPS = 512;

    /** Colourfulness, saturation, hue spread and tone residual of {@code overview} (any size; small is enough). */
    public PhotoColour colour(RgbPixels overview) {
        int[] rgb = overview.rgb();
        int n = overview.width() * overview.height();
        double sumRg = 0;
        double sumYb = 0;
        double sumRg2 = 0;
        double sumYb2 = 0;
        double sumSaturation = 0;
        double hueX = 0;
        double hueY = 0;
        int saturated = 0;
        double[] bandRg = new double[TONE_BANDS];
        double[] bandYb = new double[TONE_BANDS];
        int[] bandCount = new int[TONE_BANDS];
        for (int i = 0; i < n; i++) {
            int p = rgb[i];
            int r = (p >> 16) & 0xff;
            int g = (p >> 8) & 0xff;
            int b = p & 0xff;
            double rg = r - g;
            double yb = 0.5 * (r + g) - b;
            sumRg += rg;
            sumYb += yb;
            sumRg2 += rg * rg;
            sumYb2 += yb * yb;
            int band = band(p);
            bandRg[band] += rg;
            bandYb[band] += yb;
            bandCount[band]++;
            int max = Math.max(r, Math.max(g, b));
            int min = Math.min(r, Math.min(g, b));
            double saturation = max == 0 ? 0 : (double) (max - min) / max;
            sumSaturation += saturation;
            if (saturation >= SATURATED && max >= LIT * 255) {
                double hue = Math.toRadians(hueDegrees(r, g, b, max, min));
                hueX += Math.cos(hue);
                hueY += Math.sin(hue);
                saturated++;
            }
        }
        double meanRg = sumRg / n;
        double meanYb = sumYb / n;
        double varRg = Math.max(0, sumRg2 / n - meanRg * meanRg);
        double varYb = Math.max(0, sumYb2 / n - meanYb * meanYb);
        double colourfulness = Math.sqrt(varRg + varYb) + 0.3 * Math.hypot(meanRg, meanYb);
        return new PhotoColour(
                (float) colourfulness,
                (float) Math.min(1, sumSaturation / n),
                (float) hueSpread(hueX, hueY, saturated, n),
                (float) toneResidual(rgb, n, bandRg, bandYb, bandCount));
    }

    private static int band(int pixel) {
        return (int) Math.min(TONE_BANDS - 1, RgbPixels.luma(pixel) * TONE_BANDS / 256);
    }

    /**
     * The median distance of a pixel's chroma from its brightness band's mean chroma, in half units. The median,
     * not a mean: JPEG keeps colour at half resolution, which puts a toned print's edges off its tone curve, and
     * edges are few; a colour photo's differences cover whole regions.
     */
    private static double toneResidual(int[] rgb, int n, double[] sumRg, double[] sumYb, int[] count) {
        if (n == 0) {
            return 0;
        }
        int[] histogram = new int[RESIDUAL_STEPS];
        for (int i = 0; i < n; i++) {
            int p = rgb[i];
            int band = band(p);
            int r = (p >> 16) & 0xff;
            int g = (p >> 8) & 0xff;
            int b = p & 0xff;
            double distance =
                    Math.hypot(r - g - sumRg[band] / count[band], 0.5 * (r + g) - b - sumYb[band] / count[band]);
            histogram[(int) Math.min(RESIDUAL_STEPS - 1, distance * 2)]++;
        }
        int seen = 0;
        for (int step = 0; step < RESIDUAL_STEPS; step++) {
            seen += histogram[step];
            if (2 * seen >= n) {
                return step / 2.0;
            }
        }
        return (RESIDUAL_STEPS - 1) / 2.0;
    }

    /** Circular standard deviation sqrt(−2 ln R), R the length of the mean hue vector, in degrees up to 180. */
    private static double hueSpread(double hueX, double hueY, int saturated, int n) {
        if (saturated == 0 || saturated < MIN_SATURATED_SHARE * n) {
            return 0;
        }
        double length = Math.hypot(hueX, hueY) / saturated;
        if (length <= 0) {
            return 180;
        }
        return Math.min(180, Math.toDegrees(Math.sqrt(-2 * Math.log(Math.min(1, length)))));
    }

    private static double hueDegrees(int r, int g, int b, int max, int min) {
        double chroma = max - min;
        if (chroma == 0) {
            return 0;
        }
        double hue;
        if (max == r) {
            hue = (g - b) / chroma;
        } else if (max == g) {
            hue = 2 + (b - r) / chroma;
        } else {
            hue = 4 + (r - g) / chroma;
        }
        return (hue * 60 + 360) % 360;
    }

    /**
     * The 64-bit difference hash: the photo shrunk to 9 × 8 grey pixels (area means), bit {@code y * 8 + x} set
     * when pixel (x, y) is brighter than pixel (x + 1, y). Re-encoding or rescaling changes few bits.
     */
    public long dhash(RgbPixels photo) {
        RgbPixels tiny = photo.resized(9, 8);
        long hash = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                if (RgbPixels.luma(tiny.at(x, y)) > RgbPixels.luma(tiny.at(x + 1, y))) {
                    hash |= 1L << (y * 8 + x);
                }
            }
        }
        return hash;
    }
}
