package org.headshots.node.infrastructure.compose;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.headshots.node.domain.compose.Composition;

/** A finished headshot and where the photo's face landed in it. */
public record ComposedHeadshot(BufferedImage image, Composition composition) {

    public ComposedHeadshot {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(composition, "composition");
    }
}
