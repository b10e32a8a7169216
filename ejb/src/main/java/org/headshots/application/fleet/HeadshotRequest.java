package org.headshots.application.fleet;

import java.util.List;
import java.util.Objects;

/**
 * Headshots of one style to make from reference photos (best first); {@code identity} may be empty.
 *
 * @param brandColour the order's brand colour as {@code #RRGGBB}, for styles painted in it; empty when none
 * @param seed        which variants: the same seed gives the same headshots, a remake asks with another
 * @param minIdentity the least identity similarity a headshot's face must reach (when an identity is given)
 */
public record HeadshotRequest(
        String style,
        int count,
        List<byte[]> references,
        float[] identity,
        String brandColour,
        long seed,
        float minIdentity) {

    /** What a node asks of each headshot's identity unless told otherwise. */
    public static final float DEFAULT_MIN_IDENTITY = 0.8f;

    public HeadshotRequest {
        Objects.requireNonNull(style, "style");
        references = List.copyOf(references);
        identity = identity == null ? new float[0] : identity.clone();
        brandColour = brandColour == null ? "" : brandColour;
    }

    @Override
    public float[] identity() {
        return identity.clone();
    }
}
