package org.headshots.node.application;

public class UnreadablePhotoException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadablePhotoException(String message) {
        super(message);
    }
}
