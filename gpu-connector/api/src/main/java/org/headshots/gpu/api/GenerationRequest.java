package org.headshots.gpu.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Headshots of one style from reference photos (best first); {@code identity} may be empty.
 *
 * @param brandColour the order's brand colour as {@code #RRGGBB}, for styles painted in it; empty when none
 * @param seed        which variants: the same seed gives the same headshots, a remake asks with another
 * @param minIdentity the least identity similarity a headshot's face must reach (when an identity is given)
 */
public record GenerationRequest(
        String style,
        int count,
        List<byte[]> references,
        float[] identity,
        String brandColour,
        long seed,
        float minIdentity)
        implements Serializable {

    /** What a node asks of each headshot's identity unless told otherwise. */
    public static final float DEFAULT_MIN_IDENTITY = 0.8f;

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public GenerationRequest {
        Objects.requireNonNull(style, "style");
        references = List.copyOf(references);
        identity = identity == null ? new float[0] : identity.clone();
        brandColour = brandColour == null ? "" : brandColour;
        if (count < 1) {
            throw new IllegalArgumentException("At least one headshot must be asked for");
        }
        if (references.isEmpty()) {
            throw new IllegalArgumentException("At least one reference photo is needed");
        }
        if (!brandColour.isEmpty() && !HEX_COLOUR.matcher(brandColour).matches()) {
            throw new IllegalArgumentException(
                    "A brand colour is written #RRGGBB (for example #1f4e79), not '" + brandColour + "'");
        }
        if (!(minIdentity > 0 && minIdentity <= 1)) {
            throw new IllegalArgumentException(
                    "The least identity similarity is above 0 and at most 1, not " + minIdentity);
        }
    }

    /** No brand colour, seed 0 and the default least identity. */
    public GenerationRequest(String style, int count, List<byte[]> references, float[] identity) {
        this(style, count, references, identity, "", 0, DEFAULT_MIN_IDENTITY);
    }

    @Override
    public float[] identity() {
        return identity.clone();
    }
}
