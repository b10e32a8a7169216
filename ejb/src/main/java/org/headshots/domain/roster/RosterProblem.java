package org.headshots.domain.roster;

import java.util.Objects;

/** Why one row of a roster cannot be applied as it is, in a sentence that says what to change. */
public record RosterProblem(int line, String column, String message) {

    public static final String EMAIL = "E-mail";
    public static final String FIRST_NAME = "First name";
    public static final String LAST_NAME = "Last name";
    public static final String DEPARTMENT = "Department";
    public static final String TITLE = "Title";

    public RosterProblem {
        if (line < 1) {
            throw new IllegalArgumentException("A roster line is numbered from 1, not " + line);
        }
        Objects.requireNonNull(column, "column");
        if (Objects.requireNonNull(message, "message").isBlank()) {
            throw new IllegalArgumentException("A roster problem says what is wrong");
        }
    }
}
