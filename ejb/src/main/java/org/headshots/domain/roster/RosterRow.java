package org.headshots.domain.roster;

import java.util.Objects;

/**
 * One person's row of a roster file as the admin wrote it: text stripped of surrounding spaces, an empty string
 * where a cell is empty or the file has no such column. The line is the one the admin sees in the file, the header
 * being line 1.
 */
public record RosterRow(int line, String email, String firstName, String lastName, String department, String title) {

    public RosterRow {
        if (line < 1) {
            throw new IllegalArgumentException("A roster line is numbered from 1, not " + line);
        }
        email = clean(email);
        firstName = clean(firstName);
        lastName = clean(lastName);
        department = clean(department);
        title = clean(title);
    }

    /** The same row naming its department as given. */
    public RosterRow withDepartment(String name) {
        return new RosterRow(line, email, firstName, lastName, name, title);
    }

    private static String clean(String text) {
        return Objects.requireNonNullElse(text, "").strip();
    }
}
