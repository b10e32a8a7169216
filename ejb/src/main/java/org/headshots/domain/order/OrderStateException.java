package org.headshots.domain.order;

/** What was asked does not fit where the order is in its life (opening an open order, say). */
public class OrderStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrderStateException(String message) {
        super(message);
    }
}
