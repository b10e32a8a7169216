package org.headshots.domain.order;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** A join link that does not work (any more); the message says why and what to do. */
public class JoinLinkClosedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public JoinLinkClosedException(String message) {
        super(RefusalKind.CONFLICT, "JOIN_LINK_CLOSED", message);
    }
}
