package org.headshots.node.infrastructure.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;

/** An image's pixels as packed 0xRRGGBB ints, row-major: read in place where the image already stores them so. */
public final class PackedPixels {

    private PackedPixels() {}

    /**
     * The pixels of {@code image}; for a plain TYPE_INT_RGB image its own array (no copy: a 12-megapixel photo is
     * 48 MB), otherwise a copy. Writing to the array writes to such an image.
     */
    public static int[] of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
                && ints.getNumBanks() == 1
                && ints.getOffset() == 0
                && image.getSampleModel() instanceof SinglePixelPackedSampleModel packed
                && packed.getScanlineStride() == w
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0
                && ints.getData().length == w * h) {
            return ints.getData();
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
    }
}
