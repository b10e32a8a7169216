package org.headshots.application.profile;

import java.util.Objects;

/**
 * A profile picture as PNG. {@code backgroundReplaced} is false when the template asked for the brand colour
 * behind the person but no matte was given, so the headshot kept its own backdrop.
 */
public record RenderedProfilePicture(byte[] png, boolean backgroundReplaced) {

    public RenderedProfilePicture {
        Objects.requireNonNull(png, "png");
    }
}
