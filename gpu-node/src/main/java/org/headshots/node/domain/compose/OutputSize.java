package org.headshots.node.domain.compose;

/**
 * The size of the finished headshot in pixels: the crop's own resolution, at most {@value #MAX_LONG_SIDE} on
 * the long side, and at least {@value #MIN_SHORT_SIDE} on the short side, enlarged ({@code upscaled}) when the
 * source holds fewer pixels than that.
 */
public record OutputSize(int width, int height, boolean upscaled) {

    public static final int MAX_LONG_SIDE = 2048;
    public static final int MIN_SHORT_SIDE = 1024;

    public OutputSize {
        if (Math.min(width, height) < MIN_SHORT_SIDE || Math.max(width, height) > MAX_LONG_SIDE) {
            throw new IllegalArgumentException("A headshot is at least " + MIN_SHORT_SIDE + " pixels on its short side"
                    + " and at most " + MAX_LONG_SIDE + " on its long side, not " + width + "x" + height);
        }
    }

    /**
     * The output for a crop of {@code cropWidth x cropHeight} source pixels (an aspect ratio of 1:2 to 2:1):
     * its own size when that fits, shrunk to fit {@value #MAX_LONG_SIDE}, or enlarged to {@value #MIN_SHORT_SIDE}.
     */
    public static OutputSize forCrop(double cropWidth, double cropHeight) {
        if (!(cropWidth > 0 && cropHeight > 0) || Double.isInfinite(cropWidth) || Double.isInfinite(cropHeight)) {
            throw new IllegalArgumentException("A crop has a positive size, not " + cropWidth + "x" + cropHeight);
        }
        double ratio = cropWidth / cropHeight;
        Bounds.require("A crop's aspect ratio", ratio, 0.5, 2);
        double factor = Math.min(1, MAX_LONG_SIDE / Math.max(cropWidth, cropHeight));
        boolean upscaled = Math.min(cropWidth, cropHeight) * factor < MIN_SHORT_SIDE;
        if (upscaled) {
            factor = MIN_SHORT_SIDE / Math.min(cropWidth, cropHeight);
        }
        // the short side follows from the rounded long side, so that 4:5 stays 4:5 to the pixel
        int longSide = (int) Math.max(
                MIN_SHORT_SIDE, Math.min(MAX_LONG_SIDE, Math.round(Math.max(cropWidth, cropHeight) * factor)));
        int shortSide =
                (int) Math.max(MIN_SHORT_SIDE, Math.min(longSide, Math.round(longSide * Math.min(ratio, 1 / ratio))));
        int width = ratio <= 1 ? shortSide : longSide;
        int height = ratio <= 1 ? longSide : shortSide;
        return new OutputSize(width, height, upscaled);
    }
}
