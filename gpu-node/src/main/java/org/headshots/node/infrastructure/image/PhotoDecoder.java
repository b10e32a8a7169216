package org.headshots.node.infrastructure.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.headshots.node.application.PhotoDecoding;
import org.headshots.node.application.UnreadablePhotoException;

/**
 * Decodes photo bytes (JPEG, PNG, or anything else ImageIO reads) into an upright TYPE_INT_RGB image: grayscale
 * is expanded to RGB, transparency is laid over white, and a JPEG's EXIF orientation is applied.
 */
public final class PhotoDecoder implements PhotoDecoding {

    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

    private static final String NOT_A_PHOTO = "The file is not a photo this node can read (JPEG or PNG)";

    private final long maxPixels;

    public PhotoDecoder() {
        this(DEFAULT_MAX_PIXELS);
    }

    public PhotoDecoder(long maxPixels) {
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("the pixel limit must be positive: " + maxPixels);
        }
        this.maxPixels = maxPixels;
    }

    public BufferedImage decode(byte[] bytes) throws UnreadablePhotoException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadablePhotoException(NOT_A_PHOTO + ": it is empty");
        }
        BufferedImage stored = readPixels(bytes);
        return ExifOrientation.upright(toRgb(stored), isJpeg(bytes) ? ExifOrientation.of(bytes) : 1);
    }

    private BufferedImage readPixels(byte[] bytes) throws UnreadablePhotoException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UnreadablePhotoException(NOT_A_PHOTO + ": its format is not recognised");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new UnreadablePhotoException(NOT_A_PHOTO + ": it declares no pixels");
                }
                if (width * height > maxPixels) {
                    throw new UnreadablePhotoException(String.format(Locale.ROOT,
                            "The photo is %d×%d pixels (%.1f megapixels); this node accepts photos of at most %.1f "
                                    + "megapixels: send a smaller version",
                            width, height, width * height / 1e6, maxPixels / 1e6));
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
                // ImageIO fills a truncated JPEG with gray and only warns: a photo with missing pixels is damaged
                for (String warning : warnings) {
                    if (warning.toLowerCase(Locale.ROOT).contains("premature end")) {
                        throw new UnreadablePhotoException("The photo is damaged or incomplete (" + warning
                                + "): send the whole file again");
                    }
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePhotoException(NOT_A_PHOTO + ": it is damaged or not an image ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
    }

    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && !image.getColorModel().hasAlpha()) {
            // gray values copied as they are: Java2D's gray colour space is linear and would lighten them
            Raster raster = image.getRaster();
            int max = (1 << image.getColorModel().getComponentSize(0)) - 1;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int g = Math.round(raster.getSample(x, y, 0) * 255f / max);
                    rgb.setRGB(x, y, g << 16 | g << 8 | g);
                }
            }
            return rgb;
        }
        Graphics2D graphics = rgb.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }
}
