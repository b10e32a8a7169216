package org.headshots.domain.people;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.headshots.domain.refusal.InvalidValueException;

/**
 * A department of an organisation, or a sub-team of one: a group of the organisation in the identity provider,
 * named by its path inside the organisation ({@code Engineering}, {@code Engineering/Platform}).
 */
public record Department(String name) {

    public static final int MAX_LENGTH = 255;

    public Department {
        Objects.requireNonNull(name, "department");
        name = Arrays.stream(name.strip().split("/")).map(String::strip).collect(Collectors.joining("/"));
        if (name.isEmpty()
                || name.length() > MAX_LENGTH
                || name.startsWith("/")
                || name.contains("//")
                || name.endsWith("/")
                || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("A department is named by 1 to " + MAX_LENGTH
                    + " characters, a sub-team by its department's name, '/', then its own");
        }
    }

    /** A sub-team of this department. */
    public Department team(String teamName) {
        return new Department(name + "/" + teamName);
    }

    /** Whether this is the department itself or one of its sub-teams, at any depth. */
    public boolean includes(Department other) {
        return other.name.equals(name) || other.name.startsWith(name + "/");
    }

    @Override
    public String toString() {
        return name;
    }
}
