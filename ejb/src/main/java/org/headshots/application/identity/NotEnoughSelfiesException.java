package org.headshots.application.identity;

/** No identity can be built from the person's selfies; the message says why. */
public class NotEnoughSelfiesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotEnoughSelfiesException(String message) {
        super(message);
    }
}
