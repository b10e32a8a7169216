package org.headshots.node.domain.quality;

import java.util.Objects;

/**
 * How the photo was stored in the uploaded file.
 *
 * @param format          "jpeg", "png" or "webp", as the file's bytes say
 * @param width           stored width, before the EXIF orientation is applied
 * @param height          stored height, before the EXIF orientation is applied
 * @param exifOrientation the EXIF orientation tag, 1 (upright, also when there is none) to 8
 */
public record StoredPhoto(String format, int width, int height, int exifOrientation) {

    public StoredPhoto {
        Objects.requireNonNull(format, "format");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("stored size must be positive: " + width + "x" + height);
        }
        if (exifOrientation < 1 || exifOrientation > 8) {
            throw new IllegalArgumentException("EXIF orientation must be 1 to 8: " + exifOrientation);
        }
    }
}
