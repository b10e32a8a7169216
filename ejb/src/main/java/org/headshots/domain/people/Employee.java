package org.headshots.domain.people;

import java.util.Objects;

/** A member of a department as the identity provider knows them, with the department or sub-team they are in. */
public record Employee(Username username, String email, String displayName, Department department) {

    public Employee {
        Objects.requireNonNull(username, "username");
        email = email == null ? "" : email.strip();
        displayName = displayName == null || displayName.isBlank() ? username.value() : displayName.strip();
    }

    public Employee(Username username, String email, String displayName) {
        this(username, email, displayName, null);
    }
}
