package org.headshots.application;

import org.headshots.domain.refusal.RefusalKind;

/** A GPU node refused the work itself (an unreadable photo, say): asking another node would not help. */
public class WorkRejectedException extends FleetRefusal {

    private static final long serialVersionUID = 1L;

    public WorkRejectedException(String message, String reason, Throwable cause) {
        super(RefusalKind.UNACCEPTABLE, "REQUEST_REJECTED", message, reason, cause);
    }
}
