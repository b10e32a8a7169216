package org.headshots.node.application;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.headshots.node.domain.quality.StoredPhoto;

/** A photo's pixels, upright and as TYPE_INT_RGB, with how the file stored them. */
public record DecodedPhoto(BufferedImage image, StoredPhoto stored) {

    public DecodedPhoto {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(stored, "stored");
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("a decoded photo is TYPE_INT_RGB, not type " + image.getType());
        }
    }
}
