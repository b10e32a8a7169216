package org.headshots.node.application;

import java.util.Objects;

/**
 * One generated headshot, as JPEG bytes, with how it scores, how many tries it took, whether the photo
 * had to be enlarged for it, where the time went, and the person's matte in its frame as a grey PNG.
 */
public record Headshot(
        int index,
        int width,
        int height,
        int reference,
        float identitySimilarity,
        float quality,
        byte[] jpeg,
        String sha256,
        int attempts,
        boolean upscaled,
        Times times,
        byte[] mattePng,
        Looks looks) {

    public Headshot {
        Objects.requireNonNull(jpeg, "jpeg");
        Objects.requireNonNull(mattePng, "mattePng");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(looks, "looks");
        if (index < 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("A headshot needs an index and a size");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("A headshot takes at least one try, not " + attempts);
        }
    }

    /**
     * What the eye sees, as the output check measured it: the share of the frame stretched, the share of the
     * person's edge with a halo, how much the photo's pixels were enlarged (1: not at all), and the face's height
     * as a share of the frame's.
     */
    public record Looks(double stretchedShare, double haloShare, double enlargement, double faceShare) {

        public Looks {
            if (!(stretchedShare >= 0
                    && stretchedShare <= 1
                    && haloShare >= 0
                    && haloShare <= 1
                    && enlargement >= 1
                    && faceShare >= 0
                    && faceShare <= 1)) {
                throw new IllegalArgumentException("Shares are 0 to 1 and an enlargement 1 or more, not "
                        + stretchedShare + ", " + haloShare + ", " + enlargement + ", " + faceShare);
            }
        }
    }

    /** Time making this headshot, all tries together (the references' preparation not included). */
    public long workNanos() {
        return times.compose() + times.check() + times.encode();
    }

    /**
     * Nanoseconds per stage: {@code prepare} is the references' decoding, analysis and matting, counted on the
     * first headshot made after it and 0 on the others; the rest are this headshot's, all tries together.
     */
    public record Times(long prepare, long compose, long check, long encode) {

        public Times {
            if (prepare < 0 || compose < 0 || check < 0 || encode < 0) {
                throw new IllegalArgumentException("stage times must not be negative");
            }
        }
    }
}
