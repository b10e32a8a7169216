package org.headshots.domain.people;

import java.util.Objects;

/** A department of the organisation: a group in the identity provider. */
public record Department(String name) {

    public static final int MAX_LENGTH = 255;

    public Department {
        Objects.requireNonNull(name, "department");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A department name is 1 to " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
