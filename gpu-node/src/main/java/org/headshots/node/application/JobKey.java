package org.headshots.node.application;

import java.util.Objects;

/** Idempotency key of a request to this node: the same key never produces results twice. */
public record JobKey(String value) {

    public JobKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException("A job key is 1 to 200 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
