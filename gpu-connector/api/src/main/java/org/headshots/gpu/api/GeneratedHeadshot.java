package org.headshots.gpu.api;

import java.io.Serializable;
import java.util.Objects;

/** One headshot, as JPEG bytes, with its scores and the node that made it. */
public record GeneratedHeadshot(int index, int width, int height, int reference, float identitySimilarity,
        float quality, byte[] jpeg, NodeAddress node) implements Serializable {

    public GeneratedHeadshot {
        Objects.requireNonNull(jpeg, "jpeg");
        Objects.requireNonNull(node, "node");
    }

    @Override
    public byte[] jpeg() {
        return jpeg.clone();
    }
}
