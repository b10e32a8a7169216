package org.headshots.domain.people;

import java.util.Objects;
import java.util.regex.Pattern;
import org.headshots.domain.refusal.InvalidValueException;

/** The sign-in name of a person in the organisation's identity provider. */
public record Username(String value) {

    public static final int MAX_LENGTH = 255;
    /** The characters a username may have, as the inside of a regular expression's character class. */
    public static final String CHARACTERS = "\\p{L}\\p{N}._@+-";

    private static final Pattern ALLOWED = Pattern.compile("[" + CHARACTERS + "]{1,255}");

    public Username {
        Objects.requireNonNull(value, "username");
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidValueException("'" + value + "' is not a valid username");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
