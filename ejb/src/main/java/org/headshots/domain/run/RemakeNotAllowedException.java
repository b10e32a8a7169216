package org.headshots.domain.run;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** A remake that the order does not allow now; the message says why and what to do. */
public class RemakeNotAllowedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public RemakeNotAllowedException(String message) {
        super(RefusalKind.CONFLICT, "REMAKE_NOT_ALLOWED", message);
    }
}
