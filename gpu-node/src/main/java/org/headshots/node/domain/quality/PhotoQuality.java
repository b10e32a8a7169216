package org.headshots.node.domain.quality;

import java.util.Objects;

/**
 * Everything the node measures about a photo's quality; the application judges it.
 *
 * @param dhash 64-bit difference hash of the upright photo (see {@link PhotoQualityMeter#dhash})
 */
public record PhotoQuality(FaceExposure face, PhotoColour colour, long dhash, StoredPhoto stored) {

    public PhotoQuality {
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(stored, "stored");
    }
}
