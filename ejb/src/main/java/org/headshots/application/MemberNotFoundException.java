package org.headshots.application;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** No such person in the order (or the order is another organisation's): both answer the same. */
public class MemberNotFoundException extends Refusal {

    private static final long serialVersionUID = 1L;

    public MemberNotFoundException(long order, String username) {
        super(RefusalKind.NOT_FOUND, "NOT_FOUND", "There is no member '" + username + "' in order " + order);
    }
}
