package org.headshots.node.domain.quality;

/**
 * How sharp a region of a photo is: the variance of the Laplacian of its luminance, mapped to 0..1
 * (0.5 at a variance of {@value #HALF_AT}, about where a face starts to look soft at 100–200 px).
 */
public final class Sharpness {

    static final double HALF_AT = 100;

    private Sharpness() {}

    /**
     * @param rgb packed 0xRRGGBB pixels, row-major, {@code width} per row
     */
    public static double of(int[] rgb, int width, int height) {
        if (width < 3 || height < 3 || rgb.length < width * height) {
            return 0;
        }
        double sum = 0;
        double sumSquares = 0;
        int n = 0;
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                int i = y * width + x;
                double laplacian = 4 * luma(rgb[i])
                        - luma(rgb[i - 1])
                        - luma(rgb[i + 1])
                        - luma(rgb[i - width])
                        - luma(rgb[i + width]);
                sum += laplacian;
                sumSquares += laplacian * laplacian;
                n++;
            }
        }
        double mean = sum / n;
        double variance = Math.max(0, sumSquares / n - mean * mean);
        return variance / (variance + HALF_AT);
    }

    private static double luma(int rgb) {
        return 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
    }
}
