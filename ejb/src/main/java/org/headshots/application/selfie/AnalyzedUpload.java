package org.headshots.application.selfie;

import java.util.Objects;
import org.headshots.domain.selfie.PhotoMeasurements;

/** What a GPU node made of an upload: the measurements, the photo upright without metadata, and a thumbnail. */
public record AnalyzedUpload(
        PhotoMeasurements measurements, byte[] uprightJpeg, byte[] thumbnailJpeg, String format, long nodeWorkNanos) {

    public AnalyzedUpload {
        Objects.requireNonNull(measurements, "measurements");
        Objects.requireNonNull(uprightJpeg, "uprightJpeg");
        Objects.requireNonNull(thumbnailJpeg, "thumbnailJpeg");
        if (uprightJpeg.length == 0 || thumbnailJpeg.length == 0) {
            throw new IllegalArgumentException("The node returned no photo");
        }
    }
}
