package org.headshots.node.application;

import java.util.Objects;

/** One generated headshot, as JPEG bytes, with how it scores. */
public record Headshot(int index, int width, int height, int reference, float identitySimilarity, float quality,
        byte[] jpeg, String sha256, long workNanos) {

    public Headshot {
        Objects.requireNonNull(jpeg, "jpeg");
        Objects.requireNonNull(sha256, "sha256");
        if (index < 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("A headshot needs an index and a size");
        }
    }
}
