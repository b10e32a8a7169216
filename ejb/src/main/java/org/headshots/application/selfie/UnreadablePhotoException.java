package org.headshots.application.selfie;

/** The upload is not a photo that can be used at all: nothing is stored. The message says what to do. */
public class UnreadablePhotoException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean unsupportedType;

    public UnreadablePhotoException(String message, boolean unsupportedType) {
        super(message);
        this.unsupportedType = unsupportedType;
    }

    /** True when the bytes are not an image type we take (415), false when an image is damaged (422). */
    public boolean unsupportedType() {
        return unsupportedType;
    }
}
