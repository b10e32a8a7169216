package org.headshots.interfaces.rest;

/** A request the API cannot read as it was sent; the message says what to send instead. */
class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidRequestException(String message) {
        super(message);
    }
}
