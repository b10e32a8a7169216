package org.headshots.node.infrastructure.image;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;
import org.headshots.node.application.DecodedPhoto;
import org.headshots.node.application.PhotoInspection;
import org.headshots.node.domain.face.FaceBox;
import org.headshots.node.domain.quality.FaceExposure;
import org.headshots.node.domain.quality.PhotoQuality;
import org.headshots.node.domain.quality.PhotoQualityMeter;
import org.headshots.node.domain.quality.RgbPixels;
import org.headshots.node.infrastructure.compose.JpegEncoder;

/**
 * Quality measurements and renditions of decoded photos, reading their pixels in place. Only the face box and the
 * JPEG encoder touch full resolution; colour and hash are measured on an overview.
 */
public final class PhotoInspector implements PhotoInspection {

    private final PhotoQualityMeter meter = new PhotoQualityMeter();
    private final JpegEncoder photoEncoder;
    private final JpegEncoder thumbnailEncoder;

    public PhotoInspector() {
        this(new JpegEncoder(JpegEncoder.DEFAULT_QUALITY), new JpegEncoder(0.85f));
    }

    PhotoInspector(JpegEncoder photoEncoder, JpegEncoder thumbnailEncoder) {
        this.photoEncoder = Objects.requireNonNull(photoEncoder, "photoEncoder");
        this.thumbnailEncoder = Objects.requireNonNull(thumbnailEncoder, "thumbnailEncoder");
    }

    @Override
    public PhotoQuality measure(DecodedPhoto photo, Optional<FaceBox> face) {
        RgbPixels pixels = pixels(photo.image());
        RgbPixels overview = pixels.fitWithin(PhotoQualityMeter.OVERVIEW_SIZE);
        FaceExposure exposure = face.map(box -> meter.face(crop(pixels, box))).orElse(FaceExposure.NO_FACE);
        return new PhotoQuality(exposure, meter.colour(overview), meter.dhash(overview), photo.stored());
    }

    private static RgbPixels crop(RgbPixels photo, FaceBox box) {
        int left = (int) Math.floor(box.left());
        int top = (int) Math.floor(box.top());
        return photo.crop(left, top, (int) Math.ceil(box.right()) - left, (int) Math.ceil(box.bottom()) - top);
    }

    @Override
    public Renditions render(BufferedImage upright, int thumbnailSize) {
        if (thumbnailSize <= 0) {
            throw new IllegalArgumentException("thumbnail size must be positive: " + thumbnailSize);
        }
        RgbPixels thumbnail = pixels(upright).fitWithin(thumbnailSize);
        return new Renditions(photoEncoder.encode(upright), thumbnailEncoder.encode(image(thumbnail)));
    }

    private static RgbPixels pixels(BufferedImage image) {
        return new RgbPixels(image.getWidth(), image.getHeight(), PackedPixels.of(image));
    }

    private static BufferedImage image(RgbPixels pixels) {
        BufferedImage image = new BufferedImage(pixels.width(), pixels.height(), BufferedImage.TYPE_INT_RGB);
        System.arraycopy(pixels.rgb(), 0, PackedPixels.of(image), 0, pixels.width() * pixels.height());
        return image;
    }
}
