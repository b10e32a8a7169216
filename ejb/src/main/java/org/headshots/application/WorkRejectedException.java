package org.headshots.application;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** A GPU node refused the work itself (an unreadable photo, say): asking another node would not help. */
public class WorkRejectedException extends Refusal {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public WorkRejectedException(String message, String reason, Throwable cause) {
        super(RefusalKind.UNACCEPTABLE, "REQUEST_REJECTED", message, cause);
        this.reason = reason;
    }

    /** Why, without the node's name. */
    public String reason() {
        return reason;
    }
}
