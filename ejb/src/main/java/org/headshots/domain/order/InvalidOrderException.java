package org.headshots.domain.order;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** An order that breaks a rule; the message tells the admin what to change. */
public class InvalidOrderException extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidOrderException(String message) {
        super(RefusalKind.INVALID, "INVALID_REQUEST", message);
    }
}
