package org.headshots.node.application;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.headshots.gpu.wire.WireContract;
import org.headshots.node.domain.face.Embedding;

/**
 * What a Generate request asks for, apart from where to resume. Two requests with one job key must ask
 * for the same order: every field counts, seed and brand colour included.
 *
 * @param brandColour the order's brand colour, {@code #RRGGBB}, or empty
 * @param seed        which variants (a remake asks with another seed)
 * @param minIdentity the least identity similarity each headshot must reach when {@code identity} is given
 */
public record GenerationOrder(
        String style,
        int count,
        float[] identity,
        String referencesSha256,
        String brandColour,
        long seed,
        float minIdentity) {

    public static final int MAX_COUNT = 200;
    public static final float DEFAULT_MIN_IDENTITY = 0.8f;

    public GenerationOrder {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(referencesSha256, "referencesSha256");
        identity = identity == null ? new float[0] : identity.clone();
        brandColour = brandColour == null ? "" : brandColour.strip();
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be between 1 and " + MAX_COUNT + ", not " + count);
        }
        if (!(minIdentity > 0 && minIdentity <= 1)) {
            throw new IllegalArgumentException("min_identity must be above 0 and at most 1, not " + minIdentity);
        }
        if (identity.length > 0) {
            new Embedding(identity); // refuses a zero or non-finite identity before any work, not while checking
        }
    }

    /** The digest of the reference photos an order names, in their order. */
    public static String referencesSha256(List<byte[]> references) {
        StringBuilder hashes = new StringBuilder();
        references.forEach(photo -> hashes.append(WireContract.sha256(photo)));
        return WireContract.sha256(hashes.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether the headshots' identity is checked: only when the order gives one. */
    public boolean checksIdentity() {
        return identity.length > 0;
    }

    @Override
    public float[] identity() {
        return identity.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GenerationOrder that
                && style.equals(that.style)
                && count == that.count
                && Arrays.equals(identity, that.identity)
                && referencesSha256.equals(that.referencesSha256)
                && brandColour.equalsIgnoreCase(that.brandColour)
                && seed == that.seed
                && Float.compare(minIdentity, that.minIdentity) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                style,
                count,
                Arrays.hashCode(identity),
                referencesSha256,
                brandColour.toLowerCase(java.util.Locale.ROOT),
                seed,
                minIdentity);
    }

    @Override
    public String toString() {
        return count + " x " + style + (brandColour.isEmpty() ? "" : " in " + brandColour) + ", seed "
                + Long.toUnsignedString(seed) + ", from references "
                + referencesSha256.substring(0, Math.min(12, referencesSha256.length()));
    }
}
