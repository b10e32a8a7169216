package org.headshots.domain.order;

/** An order that breaks a rule; the message tells the admin what to change. */
public class InvalidOrderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidOrderException(String message) {
        super(message);
    }
}
