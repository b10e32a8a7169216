package org.headshots.node.application;

import java.awt.image.BufferedImage;

/** Turns uploaded bytes into an RGB photo, upright (EXIF orientation applied). */
public interface PhotoDecoding {

    /** @throws UnreadablePhotoException with a reason a person can act on */
    DecodedPhoto read(byte[] bytes) throws UnreadablePhotoException;

    /** The upright pixels alone. */
    default BufferedImage decode(byte[] bytes) throws UnreadablePhotoException {
        return read(bytes).image();
    }
}
