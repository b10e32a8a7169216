package org.headshots.application.fleet;

import java.util.Objects;

/** Names one piece of work sent to the fleet: asked again with the same key, a node never does it twice. */
public record WorkKey(String value) {

    public WorkKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException("A work key is 1 to 200 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
