package org.headshots.application;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** The GPU fleet could not do some work; the message names the node where one was chosen, and says why. */
public abstract class FleetRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    private final String reason;

    protected FleetRefusal(RefusalKind kind, String code, String message, String reason, Throwable cause) {
        super(kind, code, message, cause);
        this.reason = reason;
    }

    /** Why, without the node's name: for people who need not know which node it was. */
    public String reason() {
        return reason;
    }
}
