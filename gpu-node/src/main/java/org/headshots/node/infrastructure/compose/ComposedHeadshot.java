package org.headshots.node.infrastructure.compose;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.headshots.node.domain.compose.Composition;

/**
 * A finished headshot, where the photo's face landed in it, and the person's matte in its frame (8-bit grey, the
 * image's size).
 */
public record ComposedHeadshot(BufferedImage image, Composition composition, BufferedImage matte) {

    public ComposedHeadshot {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(composition, "composition");
        Objects.requireNonNull(matte, "matte");
        if (matte.getType() != BufferedImage.TYPE_BYTE_GRAY
                || matte.getWidth() != image.getWidth()
                || matte.getHeight() != image.getHeight()) {
            throw new IllegalArgumentException("A headshot's matte is 8-bit grey and the headshot's size");
        }
    }
}
