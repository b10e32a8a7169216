package org.headshots.node.domain.quality;

/**
 * Finds pixels a picture invented by stretching: rows repeated downwards (or columns sideways) leave streaks,
 * detail across them and none along them. Natural texture, cloth and skin change both ways; a plain backdrop
 * changes neither way, so it is not counted. Measured on a grey copy at most {@value #SIZE} px on its long side.
 */
public final class StretchMeter {

    /**
     * The most a headshot may have: photographs measure 0, a body stretched to the frame's bottom a quarter to a
     * third; flat drawn shapes (a neck with straight sides and no texture) up to 7 %.
     */
    public static final double MAX_SHARE = 0.12;

    static final int SIZE = 256;
    /** Mean luma change between neighbours (0..255) above which a row has detail to streak. */
    static final double DETAIL = 2.0;
    /**
     * A row streaks when it changes less than this share of its detail from one row to the next, and less than
     * {@link #MAX_ACROSS} luma levels: a copy. Stripes in cloth or wallpaper change with the light and the noise.
     */
    static final double STREAK_RATIO = 0.1;

    static final double MAX_ACROSS = 0.75;

    /**
     * The longest run of streaked rows (or columns), as a share of the picture's height (or width): 0 for a
     * photograph, a quarter or more where a body was stretched to reach the frame.
     */
    public double stretchedShare(RgbPixels picture) {
        RgbPixels small = picture.fitWithin(SIZE);
        int width = small.width();
        int height = small.height();
        double[] luma = new double[width * height];
        int[] rgb = small.rgb();
        for (int i = 0; i < luma.length; i++) {
            luma[i] = RgbPixels.luma(rgb[i]);
        }
        return Math.max(longestRun(luma, width, height, 1, width), longestRun(luma, height, width, width, 1));
    }

    /**
     * Walks lines of {@code length} samples ({@code step} apart) and counts the longest run of consecutive lines
     * ({@code next} apart) that have detail along them and almost none across to the next line.
     */
    private static double longestRun(double[] luma, int length, int lines, int step, int next) {
        int run = 0;
        int longest = 0;
        for (int line = 0; line + 1 < lines; line++) {
            int start = line * next;
            double along = 0;
            double across = 0;
            for (int i = 0; i + 1 < length; i++) {
                int at = start + i * step;
                along += Math.abs(luma[at + step] - luma[at]);
                across += Math.abs(luma[at + next] - luma[at]);
            }
            along /= length - 1;
            across /= length - 1;
            boolean streaked = along > DETAIL && across < Math.min(STREAK_RATIO * along, MAX_ACROSS);
            run = streaked ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return lines <= 1 ? 0 : (double) longest / lines;
    }
}
