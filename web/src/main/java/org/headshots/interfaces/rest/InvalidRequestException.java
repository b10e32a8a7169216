package org.headshots.interfaces.rest;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** A request the API cannot read as it was sent; the message says what to send instead. */
class InvalidRequestException extends Refusal {

    private static final long serialVersionUID = 1L;

    InvalidRequestException(String message) {
        super(RefusalKind.INVALID, "INVALID_REQUEST", message);
    }
}
