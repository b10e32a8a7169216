package org.headshots.node.application;

/** The bytes sent as a photo cannot be used: not an image this node reads, damaged, or too large. For people. */
public class UnreadablePhotoException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadablePhotoException(String message) {
        super(message);
    }

    public UnreadablePhotoException(String message, Throwable cause) {
        super(message, cause);
    }
}
