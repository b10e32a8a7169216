package org.headshots.domain.people;

import java.util.Objects;

/**
 * A member of a department as the identity provider knows them, with the department or sub-team they are in and
 * their job title (empty when the directory has none).
 */
public record Employee(Username username, String email, String displayName, Department department, String title) {

    public static final int MAX_TITLE = 100;

    public Employee {
        Objects.requireNonNull(username, "username");
        email = email == null ? "" : email.strip();
        displayName = displayName == null || displayName.isBlank() ? username.value() : displayName.strip();
        title = title == null ? "" : title.strip();
        if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE);
        }
    }

    public Employee(Username username, String email, String displayName, Department department) {
        this(username, email, displayName, department, "");
    }

    public Employee(Username username, String email, String displayName) {
        this(username, email, displayName, null, "");
    }
}
