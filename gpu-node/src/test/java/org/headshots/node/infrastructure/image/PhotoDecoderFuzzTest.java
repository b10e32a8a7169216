package org.headshots.node.infrastructure.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.headshots.node.application.DecodedPhoto;
import org.headshots.node.application.FaceWorkService;
import org.headshots.node.application.PhotoInspection.Renditions;
import org.headshots.node.application.PhotoLimits;
import org.headshots.node.application.UnreadablePhotoException;
import org.headshots.node.domain.quality.StoredPhoto;
import org.headshots.node.infrastructure.pipeline.RgbImage;
import org.junit.jupiter.api.Timeout;

/**
 * What the node does with uploaded bytes before its models see them, on any bytes: decoding ({@link PhotoDecoder},
 * as {@code FaceWorkService} and {@code HeadshotService} call it), the models' view of the pixels, the quality
 * measurements and the renditions. Every input gives an upright photo within the limits or an
 * {@link UnreadablePhotoException}; anything else thrown, more memory than the limits allow, or an input slower
 * than the timeout is a finding.
 *
 * <p>Seeds (PhotoDecoderFuzzTestInputs): small JPEGs (baseline with EXIF orientation 6, progressive, gray, Adobe
 * CMYK), PNGs (RGB, 16-bit gray, palette with transparency, interlaced RGBA) and WebPs (lossless, also in an
 * extended VP8X file, and flat, every pixel coded in no bits, made by hand; lossy with alpha, the
 * {@code photos/python.webp} of the decoder's tests; the same bitstream alone), and what the fuzzer found: damaged
 * lossless WebPs whose decoder read on past their end or built 49 MB of code tables, a lossy one whose bitstream is
 * larger than its image, and one longer on a side than a JPEG holds.
 */
class PhotoDecoderFuzzTest {

    /** Small limits keep each input fast; the decoder checks them the same way at any size. */
    private static final PhotoLimits LIMITS = new PhotoLimits(1024 * 1024, 512 * 512);

    /** What turning a read image RGB and upright may allocate: two copies, and the gray path's temporaries. */
    private static final long CONVERSION_BYTES_PER_PIXEL = 32;

    /** What the readers may allocate beyond their bound, which they check between reads, and the file's copies. */
    private static final long BYTES_PER_FILE_BYTE = 16;

    private static final PhotoDecoder DECODER = new PhotoDecoder(LIMITS);
    private static final PhotoInspector INSPECTOR = new PhotoInspector();

    @FuzzTest(maxDuration = "25s")
    @Timeout(5)
    void decodesToABoundedPhotoOrRefuses(byte[] bytes) {
        ThreadAllocation allocation = ThreadAllocation.start();
        DecodedPhoto photo;
        try {
            photo = DECODER.read(bytes);
        } catch (UnreadablePhotoException refused) {
            assertFalse(refused.getMessage().isBlank(), "a refusal says why");
            assertAllocatedWithinLimits(allocation, bytes);
            return;
        }
        assertAllocatedWithinLimits(allocation, bytes);
        assertUpright(photo);

        BufferedImage image = photo.image();
        RgbImage modelInput = RgbImage.of(image);
        assertEquals(image.getWidth(), modelInput.width());
        assertEquals(image.getHeight(), modelInput.height());
        assertEquals(photo.stored(), INSPECTOR.measure(photo, Optional.empty()).stored());
        Renditions renditions = INSPECTOR.render(image, FaceWorkService.DEFAULT_THUMBNAIL_SIZE);
        assertTrue(renditions.normalizedJpeg().length > 0 && renditions.thumbnailJpeg().length > 0);
    }

    private static void assertUpright(DecodedPhoto photo) {
        StoredPhoto stored = photo.stored();
        assertTrue(
                (long) stored.width() * stored.height() <= LIMITS.maxPixels(),
                stored.width() + "x" + stored.height() + " is over the limit");
        boolean turned = stored.exifOrientation() >= 5;
        assertEquals(turned ? stored.height() : stored.width(), photo.image().getWidth(), "upright width");
        assertEquals(turned ? stored.width() : stored.height(), photo.image().getHeight(), "upright height");
    }

    private static void assertAllocatedWithinLimits(ThreadAllocation allocation, byte[] bytes) {
        long pixels = LIMITS.maxPixels();
        allocation.assertAtMost(
                PhotoBytesInputStream.ALLOCATION_FIXED
                        + (PhotoBytesInputStream.ALLOCATION_PER_PIXEL + CONVERSION_BYTES_PER_PIXEL) * pixels
                        + BYTES_PER_FILE_BYTE * bytes.length,
                "decoding");
    }
}
