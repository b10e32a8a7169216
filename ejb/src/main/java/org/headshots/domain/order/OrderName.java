package org.headshots.domain.order;

import java.util.Objects;

/** What the admin calls an order, e.g. "Engineering spring 2027". */
public record OrderName(String value) {

    public static final int MAX_LENGTH = 120;

    public OrderName {
        Objects.requireNonNull(value, "order name");
        value = value.strip();
        if (value.isEmpty()) {
            throw new InvalidOrderException("An order needs a name");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidOrderException("An order name has at most " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
