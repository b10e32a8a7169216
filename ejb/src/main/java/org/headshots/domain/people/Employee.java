package org.headshots.domain.people;

import java.util.Objects;

/** A member of a department as the identity provider knows them. */
public record Employee(Username username, String email, String displayName) {

    public Employee {
        Objects.requireNonNull(username, "username");
        email = email == null ? "" : email.strip();
        displayName = displayName == null || displayName.isBlank() ? username.value() : displayName.strip();
    }
}
