package org.headshots.domain.order;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** What was asked does not fit where the order is in its life (opening an open order, say). */
public class OrderStateException extends Refusal {

    private static final long serialVersionUID = 1L;

    public OrderStateException(String message) {
        super(RefusalKind.CONFLICT, "ORDER_STATE", message);
    }
}
