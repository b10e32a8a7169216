package org.headshots.application;

/** No such order, or one of another organisation: both answer the same, so ids reveal nothing. */
public class OrderNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrderNotFoundException(long id) {
        super("There is no order " + id);
    }
}
