package org.headshots.domain.order;

import org.headshots.domain.refusal.InvalidValueException;

public record OrderId(long value) {

    public OrderId {
        if (value <= 0) {
            throw new InvalidValueException("An order id is a positive number");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
