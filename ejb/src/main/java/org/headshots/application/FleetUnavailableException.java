package org.headshots.application;

import org.headshots.domain.refusal.RefusalKind;

/** No GPU node can do the work now: asking again later, or another node, may help. */
public class FleetUnavailableException extends FleetRefusal {

    private static final long serialVersionUID = 1L;

    public FleetUnavailableException(String message, String reason, Throwable cause) {
        super(RefusalKind.UNAVAILABLE, "GPU_NODE_UNAVAILABLE", message, reason, cause);
    }
}
