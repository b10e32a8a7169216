package org.headshots.application.identity;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** No identity can be built from the person's selfies; the message says why. */
public class NotEnoughSelfiesException extends Refusal {

    private static final long serialVersionUID = 1L;

    public NotEnoughSelfiesException(String message) {
        super(RefusalKind.CONFLICT, "NOT_ENOUGH_SELFIES", message);
    }
}
