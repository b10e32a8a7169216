package org.headshots.application;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** No such order, or one of another organisation: both answer the same, so ids reveal nothing. */
public class OrderNotFoundException extends Refusal {

    private static final long serialVersionUID = 1L;

    public OrderNotFoundException(long id) {
        super(RefusalKind.NOT_FOUND, "NOT_FOUND", "There is no order " + id);
    }
}
