package org.headshots.node.application;

import java.util.Arrays;
import java.util.Objects;

/** What a Generate request asks for, apart from where to resume. */
public record GenerationOrder(String style, int count, float[] identity, String referencesSha256) {

    public static final int MAX_COUNT = 200;

    public GenerationOrder {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(referencesSha256, "referencesSha256");
        identity = identity == null ? new float[0] : identity.clone();
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be between 1 and " + MAX_COUNT + ", not " + count);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GenerationOrder that && style.equals(that.style) && count == that.count
                && Arrays.equals(identity, that.identity) && referencesSha256.equals(that.referencesSha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(style, count, Arrays.hashCode(identity), referencesSha256);
    }

    @Override
    public String toString() {
        return count + " x " + style + " from references " + referencesSha256.substring(0, Math.min(12, referencesSha256.length()));
    }
}
