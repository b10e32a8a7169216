package org.headshots.domain.people;

import java.util.Objects;
import java.util.regex.Pattern;
import org.headshots.domain.refusal.InvalidValueException;

/** The sign-in name of a person in the organisation's identity provider. */
public record Username(String value) {

    public static final int MAX_LENGTH = 255;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}._@+-]{1,255}");

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
