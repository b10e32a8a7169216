package org.headshots.gpu.api;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * One headshot, as JPEG bytes, with its scores and the node that made it.
 *
 * @param attempts how many tries the node needed until the headshot passed its checks (1 when the first did)
 * @param upscaled the source held too few pixels for the smallest headshot, so it was enlarged
 * @param times    where the node's time went
 * @param mattePng the person's matte in the headshot's frame as an 8-bit grey PNG; empty from nodes older than
 *                 contract 1.5
 * @param looks    what the node's output check measured of the finished image
 */
public record GeneratedHeadshot(
        int index,
        int width,
        int height,
        int reference,
        float identitySimilarity,
        float quality,
        byte[] jpeg,
        NodeAddress node,
        int attempts,
        boolean upscaled,
        StageTimes times,
        byte[] mattePng,
        HeadshotLooks looks)
        implements Serializable {

    public GeneratedHeadshot {
        Objects.requireNonNull(jpeg, "jpeg");
        Objects.requireNonNull(mattePng, "mattePng");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(looks, "looks");
        if (attempts < 1) {
            throw new IllegalArgumentException("A headshot took at least one try, not " + attempts);
        }
    }

    @Override
    public byte[] jpeg() {
        return jpeg.clone();
    }

    @Override
    public byte[] mattePng() {
        return mattePng.clone();
    }

    /** Whether the node sent the person's matte. */
    public boolean hasMatte() {
        return mattePng.length > 0;
    }

    /**
     * Where a node's time on one headshot went. {@code prepare} (decoding, analysing and matting the
     * references) is spent once a job and reported on the first headshot made after it, zero on the others.
     */
    public record StageTimes(Duration prepare, Duration compose, Duration check, Duration encode)
            implements Serializable {

        public StageTimes {
            for (Duration d : new Duration[] {prepare, compose, check, encode}) {
                if (d == null || d.isNegative()) {
                    throw new IllegalArgumentException("stage times are zero or more");
                }
            }
        }
    }
}
