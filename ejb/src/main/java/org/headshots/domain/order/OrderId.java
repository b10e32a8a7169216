package org.headshots.domain.order;

public record OrderId(long value) {

    public OrderId {
        if (value <= 0) {
            throw new IllegalArgumentException("An order id is a positive number");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
