package org.headshots.gpu.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * A node's raw quality measurements of one photo (see {@code PhotoQuality} in node.proto for exactly what each
 * is); the application judges them. The face values are those of the largest face, 0 when there is none.
 *
 * @param faceSharpness      Laplacian variance of the face resampled to 256 px wide, as v / (v + 100), 0..1
 * @param faceBrightness     mean luma of the face box, 0..255
 * @param faceDarkFraction   share of face pixels with luma below 20
 * @param faceBrightFraction share of face pixels with luma above 245
 * @param colourfulness      Hasler–Süsstrunk M of the whole photo (0 grey, ~33 moderate, 100+ extreme)
 * @param meanSaturation     mean HSV saturation, 0..1
 * @param hueSpread          circular standard deviation of the hue of saturated pixels, degrees
 * @param dhash              64-bit difference hash of the upright photo; compare with {@link #hashDistance}
 * @param format             the file's format by its bytes: "jpeg", "png", "webp"
 * @param originalWidth      stored width, before the EXIF orientation
 * @param originalHeight     stored height, before the EXIF orientation
 * @param exifOrientation    EXIF orientation tag 1..8
 * @param toneResidual       colour left once brightness is known (next to none for toned prints); 0 from nodes
 *                           older than contract 1.5
 */
public record PhotoQualityResult(
        float faceSharpness,
        float faceBrightness,
        float faceDarkFraction,
        float faceBrightFraction,
        float colourfulness,
        float meanSaturation,
        float hueSpread,
        long dhash,
        String format,
        int originalWidth,
        int originalHeight,
        int exifOrientation,
        float toneResidual)
        implements Serializable {

    /** What a node speaking contract 1.1 or older sends: nothing measured. */
    public static final PhotoQualityResult NOT_MEASURED =
            new PhotoQualityResult(0, 0, 0, 0, 0, 0, 0, 0, "", 0, 0, 1, 0);

    public PhotoQualityResult {
        Objects.requireNonNull(format, "format");
    }

    /** How many of the 64 bits of two difference hashes differ: 0 to about 6 for the same picture. */
    public int hashDistance(PhotoQualityResult other) {
        return Long.bitCount(dhash ^ other.dhash);
    }
}
