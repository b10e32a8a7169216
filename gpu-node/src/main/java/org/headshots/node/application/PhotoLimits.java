package org.headshots.node.application;

/**
 * The largest photo a node accepts: bytes are checked before anything is read, pixels (as the file declares
 * them) before anything is decoded, so an oversized upload costs neither memory nor time.
 */
public record PhotoLimits(long maxBytes, long maxPixels) {

    public static final int DEFAULT_MAX_MEGABYTES = 30;
    public static final int DEFAULT_MAX_MEGAPIXELS = 50;
    public static final PhotoLimits DEFAULT =
            new PhotoLimits(DEFAULT_MAX_MEGABYTES * 1024L * 1024, DEFAULT_MAX_MEGAPIXELS * 1_000_000L);

    public PhotoLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the photo size limit must be positive: " + maxBytes + " bytes");
        }
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("the pixel limit must be positive: " + maxPixels);
        }
    }

    /** From the node's options: megabytes (MiB) and megapixels. */
    public static PhotoLimits of(double maxMegabytes, double maxMegapixels) {
        return new PhotoLimits((long) (maxMegabytes * 1024 * 1024), (long) (maxMegapixels * 1_000_000));
    }
}
