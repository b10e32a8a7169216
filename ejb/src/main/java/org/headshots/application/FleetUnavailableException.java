package org.headshots.application;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** No GPU node can do the work now; the message names the node where one was chosen, and says why. */
public class FleetUnavailableException extends Refusal {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public FleetUnavailableException(String message, String reason, Throwable cause) {
        super(RefusalKind.UNAVAILABLE, "GPU_NODE_UNAVAILABLE", message, cause);
        this.reason = reason;
    }

    /** Why, without the node's name: for people who need not know which node it was. */
    public String reason() {
        return reason;
    }
}
