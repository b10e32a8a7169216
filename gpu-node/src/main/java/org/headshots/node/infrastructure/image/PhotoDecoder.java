package org.headshots.node.infrastructure.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.headshots.node.application.DecodedPhoto;
import org.headshots.node.application.PhotoDecoding;
import org.headshots.node.application.PhotoLimits;
import org.headshots.node.application.UnreadablePhotoException;
import org.headshots.node.domain.quality.StoredPhoto;

/**
 * Decodes photo bytes into an upright TYPE_INT_RGB image. The format is told by the bytes (JPEG, also progressive
 * and CMYK/YCCK; PNG, also 16-bit; WebP), never by a name; grayscale is expanded to RGB, transparency is laid over
 * white, and a JPEG's EXIF orientation is applied. The byte size is checked before anything is read and the
 * declared pixel count (and sides no longer than a JPEG holds) before anything is decoded; the readers read the
 * bytes in place, past their end and with heap only as the declared pixels warrant ({@link PhotoBytesInputStream}).
 */
public final class PhotoDecoder implements PhotoDecoding {

    private static final String NOT_A_PHOTO = "The file is not a photo this node can read (JPEG, PNG or WebP)";
    static final String HEIC = "HEIC photos (the iPhone's default) cannot be read here: on the iPhone choose "
            + "Settings > Camera > Formats > Most Compatible, or share or export the photo as JPEG, and upload that";
    static final String AVIF = "AVIF photos cannot be read here: export or save the photo as JPEG and upload that";

    /** The longest side a JPEG holds: the node keeps every photo it reads as a JPEG again. */
    static final int MAX_SIDE = 65_500;

    private final PhotoLimits limits;

    public PhotoDecoder() {
        this(PhotoLimits.DEFAULT);
    }

    /** The default byte limit and at most {@code maxPixels} pixels. */
    public PhotoDecoder(long maxPixels) {
        this(new PhotoLimits(PhotoLimits.DEFAULT.maxBytes(), maxPixels));
    }

    public PhotoDecoder(PhotoLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public DecodedPhoto read(byte[] bytes) throws UnreadablePhotoException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadablePhotoException(NOT_A_PHOTO + ": it is empty");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new UnreadablePhotoException(String.format(
                    Locale.ROOT,
                    "The file is %.1f MB; this node accepts photos of at most %.1f MB: send a smaller version",
                    bytes.length / 1048576.0,
                    limits.maxBytes() / 1048576.0));
        }
        PhotoFormat format = PhotoFormat.of(bytes).orElseThrow(() -> notReadable(bytes));
        BufferedImage stored = readPixels(bytes, format);
        int orientation = format == PhotoFormat.JPEG ? ExifOrientation.of(bytes) : ExifOrientation.UPRIGHT;
        return new DecodedPhoto(
                ExifOrientation.upright(toRgb(stored), orientation),
                new StoredPhoto(format.id(), stored.getWidth(), stored.getHeight(), orientation));
    }

    private static UnreadablePhotoException notReadable(byte[] bytes) {
        if (PhotoFormat.isHeif(bytes)) {
            return new UnreadablePhotoException(HEIC);
        }
        if (PhotoFormat.isAvif(bytes)) {
            return new UnreadablePhotoException(AVIF);
        }
        return new UnreadablePhotoException(NOT_A_PHOTO + ": its format is not one of these");
    }

    private BufferedImage readPixels(byte[] bytes, PhotoFormat format) throws UnreadablePhotoException {
        PhotoBytesInputStream in = new PhotoBytesInputStream(bytes);
        try (in) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.id());
            if (!readers.hasNext()) {
                throw new UnreadablePhotoException("This node has no reader for "
                        + format.id().toUpperCase(Locale.ROOT) + " photos: send a JPEG or PNG");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new UnreadablePhotoException(NOT_A_PHOTO + ": it declares no pixels");
                }
                if (width * height > limits.maxPixels()) {
                    throw new UnreadablePhotoException(String.format(
                            Locale.ROOT,
                            "The photo is %d×%d pixels (%.1f megapixels); this node accepts photos of at most %.1f "
                                    + "megapixels: send a smaller version",
                            width,
                            height,
                            width * height / 1e6,
                            limits.maxPixels() / 1e6));
                }
                if (Math.max(width, height) > MAX_SIDE) {
                    throw new UnreadablePhotoException(String.format(
                            Locale.ROOT,
                            "The photo is %d×%d pixels; this node accepts photos of at most %,d pixels on a side, the "
                                    + "most a JPEG holds: crop it or send a smaller version",
                            width,
                            height,
                            MAX_SIDE));
                }
                if (format == PhotoFormat.WEBP) {
                    Optional<String> oversized = Vp8FrameSizes.firstOversized(bytes, width, height);
                    if (oversized.isPresent()) {
                        throw new UnreadablePhotoException(
                                "The photo is damaged (" + oversized.get() + "): send the original file again");
                    }
                }
                in.allowFor(width * height);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
                // ImageIO fills a truncated JPEG with gray and only warns: a photo with missing pixels is damaged
                for (String warning : warnings) {
                    String lower = warning.toLowerCase(Locale.ROOT);
                    if (lower.contains("premature end") || lower.contains("truncated")) {
                        throw new UnreadablePhotoException(
                                "The photo is damaged or incomplete (" + warning + "): send the whole file again");
                    }
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (in.wasOverAllocated()) {
                throw new UnreadablePhotoException(
                        "The photo is damaged (reading it took far more memory than a photo of its size needs): "
                                + "send the original file again",
                        e);
            }
            if (in.wasReadTooFarPastEnd()) {
                throw new UnreadablePhotoException(
                        "The photo is damaged or incomplete (its image data ends long before the image does): "
                                + "send the whole file again",
                        e);
            }
            throw new UnreadablePhotoException(
                    NOT_A_PHOTO + ": it is damaged or not an image ("
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")",
                    e);
        }
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
