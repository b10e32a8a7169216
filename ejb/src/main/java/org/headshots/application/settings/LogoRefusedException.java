package org.headshots.application.settings;

/** A logo that cannot be used: not a PNG or JPEG, damaged, too large; the message says what to send. */
public class LogoRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public LogoRefusedException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** 413 too large, 415 not an image we take, 422 damaged or of the wrong size. */
    public int status() {
        return status;
    }
}
