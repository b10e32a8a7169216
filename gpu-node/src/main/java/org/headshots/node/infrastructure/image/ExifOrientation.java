package org.headshots.node.infrastructure.image;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * The EXIF orientation of a JPEG (TIFF tag 0x0112 in IFD0, read with metadata-extractor) and how to turn the stored
 * pixels upright. Values: 1 upright, 2 mirrored, 3 rotated 180°, 4 flipped vertically, 5 transposed, 6 needs 90°
 * clockwise, 7 transversed, 8 needs 90° anticlockwise.
 */
public final class ExifOrientation {

    public static final int UPRIGHT = 1;

    private ExifOrientation() {}

    /** The orientation recorded in a JPEG, or {@link #UPRIGHT} when there is none or it cannot be read. */
    public static int of(byte[] jpeg) {
        try {
            Metadata metadata =
                    JpegMetadataReader.readMetadata(new ByteArrayInputStream(jpeg), List.of(new ExifReader()));
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            Integer value = ifd0 == null ? null : ifd0.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
            return value != null && value >= 1 && value <= 8 ? value : UPRIGHT;
        } catch (JpegProcessingException | IOException | RuntimeException unreadable) {
            // a photo whose metadata is damaged is still shown as it was stored
            return UPRIGHT;
        }
    }

    /** The image turned upright, as a new TYPE_INT_RGB image (the same image for {@link #UPRIGHT}). */
    public static BufferedImage upright(BufferedImage stored, int orientation) {
        if (orientation == UPRIGHT) {
            return stored;
        }
        if (orientation < 1 || orientation > 8) {
            throw new IllegalArgumentException("EXIF orientation must be 1 to 8: " + orientation);
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean swaps = orientation >= 5;
        int outW = swaps ? h : w;
        int outH = swaps ? w : h;
        int[] in = PackedPixels.of(stored);
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        int[] pixels = PackedPixels.of(out);
        for (int y = 0; y < outH; y++) {
            int row = y * outW;
            for (int x = 0; x < outW; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> {
                        sx = w - 1 - x;
                        sy = y;
                    }
                    case 3 -> {
                        sx = w - 1 - x;
                        sy = h - 1 - y;
                    }
                    case 4 -> {
                        sx = x;
                        sy = h - 1 - y;
                    }
                    case 5 -> {
                        sx = y;
                        sy = x;
                    }
                    case 6 -> {
                        sx = y;
                        sy = h - 1 - x;
                    }
                    case 7 -> {
                        sx = w - 1 - y;
                        sy = h - 1 - x;
                    }
                    default -> {
                        sx = w - 1 - y;
                        sy = x;
                    } // 8
                }
                pixels[row + x] = in[sy * w + sx];
            }
        }
        return out;
    }
}
