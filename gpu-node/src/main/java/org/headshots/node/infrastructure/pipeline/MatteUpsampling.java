package org.headshots.node.infrastructure.pipeline;

import org.headshots.node.infrastructure.image.BoxBlur;

/**
 * Brings a matte made at the model's 1024 px to a larger photo's own resolution along the person's edge: the
 * matte, enlarged, is soft over as many photo pixels as it was enlarged, and the old background mixes into that
 * band. A guided filter, with the photo's luma as the guide, draws the edge where the photo has it, at the photo's
 * full resolution, a strip of {@value #STRIP} rows at a time so that memory stays small however large the photo,
 * and only along the edge: inside the person and on the background the matte is left exactly as it was.
 */
final class MatteUpsampling {

    /** The model's resolution, and the photo size above which its matte is refined. */
    static final int MODEL_SIDE = 1024;

    static final int REFINE_ABOVE = 1280;
    static final int STRIP = 256;
    /** Guided-filter regularisation, on luma from 0 to 1: below this local variance the matte is only smoothed. */
    private static final float EPSILON = 1e-3f;

    private MatteUpsampling() {}

    /**
     * The matte {@code alpha} (0..255, the photo's size, enlarged from the model's), its edge drawn after the
     * photo {@code rgb} (packed 0xRRGGBB, row-major); {@code alpha} itself for a photo of at most
     * {@value #REFINE_ABOVE} px.
     */
    static byte[] refine(int[] rgb, int width, int height, byte[] alpha) {
        if (Math.max(width, height) <= REFINE_ABOVE) {
            return alpha;
        }
        int radius = Math.max(2, Math.round(2f * Math.max(width, height) / MODEL_SIDE));
        int margin = 3 * radius + 2;
        byte[] out = alpha.clone();
        for (int top = 0; top < height; top += STRIP) {
            int bottom = Math.min(height, top + STRIP);
            if (hasEdge(alpha, width, top, bottom)) {
                refineStrip(rgb, alpha, out, width, height, top, bottom, margin, radius);
            }
        }
        return out;
    }

    private static boolean hasEdge(byte[] alpha, int width, int top, int bottom) {
        for (int i = top * width; i < bottom * width; i++) {
            int a = alpha[i] & 0xFF;
            if (a > 5 && a < 250) {
                return true;
            }
        }
        return false;
    }

    /** Refines rows {@code top} to {@code bottom}, reading {@code margin} rows more on each side. */
    private static void refineStrip(
            int[] rgb, byte[] alpha, byte[] out, int width, int height, int top, int bottom, int margin, int radius) {
        int from = Math.max(0, top - margin);
        int to = Math.min(height, bottom + margin);
        int rows = to - from;
        int n = rows * width;
        float[] guide = new float[n];
        float[] matte = new float[n];
        float[] band = new float[n];
        for (int i = 0; i < n; i++) {
            int p = rgb[from * width + i];
            guide[i] = (0.299f * (p >> 16 & 0xFF) + 0.587f * (p >> 8 & 0xFF) + 0.114f * (p & 0xFF)) / 255;
            matte[i] = (alpha[from * width + i] & 0xFF) / 255f;
            band[i] = matte[i] > 0.02f && matte[i] < 0.98f ? 1 : 0;
        }
        BoxBlur.blur(band, width, rows, radius);
        float[] refined = guidedFilter(guide, matte, width, rows, radius);
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < width; x++) {
                int local = (y - from) * width + x;
                if (band[local] <= 0) {
                    continue;
                }
                // the refined edge fades into the original matte where the band ends, so no seam shows
                float weight = Math.min(1, band[local] * 3);
                float original = matte[local];
                float value = Math.max(0, Math.min(1, refined[local]));
                out[y * width + x] = (byte) Math.round((original + (value - original) * weight) * 255);
            }
        }
    }

    /** He, Sun and Tang's guided filter of {@code p} with the grey guide {@code guide}. */
    private static float[] guidedFilter(float[] guide, float[] p, int w, int h, int radius) {
        int n = guide.length;
        float[] meanGuide = guide.clone();
        float[] meanP = p.clone();
        float[] guideSquared = new float[n];
        float[] guideP = new float[n];
        for (int i = 0; i < n; i++) {
            guideSquared[i] = guide[i] * guide[i];
            guideP[i] = guide[i] * p[i];
        }
        for (float[] channel : new float[][] {meanGuide, meanP, guideSquared, guideP}) {
            BoxBlur.blur(channel, w, h, radius);
        }
        float[] slope = guideSquared;
        float[] offset = guideP;
        for (int i = 0; i < n; i++) {
            float variance = guideSquared[i] - meanGuide[i] * meanGuide[i];
            float covariance = guideP[i] - meanGuide[i] * meanP[i];
            float a = covariance / (variance + EPSILON);
            slope[i] = a;
            offset[i] = meanP[i] - a * meanGuide[i];
        }
        BoxBlur.blur(slope, w, h, radius);
        BoxBlur.blur(offset, w, h, radius);
        float[] q = meanP;
        for (int i = 0; i < n; i++) {
            q[i] = slope[i] * guide[i] + offset[i];
        }
        return q;
    }
}
