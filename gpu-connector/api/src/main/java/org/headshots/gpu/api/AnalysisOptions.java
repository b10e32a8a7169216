package org.headshots.gpu.api;

import java.io.Serializable;

/**
 * What to compute besides the faces and quality measurements of a photo.
 *
 * @param matte         the portrait matte (seconds on a CPU node)
 * @param normalized    the photo upright as JPEG without metadata, and a thumbnail
 * @param thumbnailSize longest side of the thumbnail in pixels; 0 means the node's default (320)
 */
public record AnalysisOptions(boolean matte, boolean normalized, int thumbnailSize) implements Serializable {

    public AnalysisOptions {
        if (thumbnailSize < 0) {
            throw new IllegalArgumentException("thumbnail size must not be negative: " + thumbnailSize);
        }
    }

    /** Faces and quality only, or with the matte. */
    public static AnalysisOptions matte(boolean matte) {
        return new AnalysisOptions(matte, false, 0);
    }
}
