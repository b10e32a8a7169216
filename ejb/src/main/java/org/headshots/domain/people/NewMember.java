package org.headshots.domain.people;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.headshots.domain.refusal.InvalidValueException;

/**
 * A person to add who is not in the directory yet: their work e-mail address, their name, and the department
 * or sub-team they join (none: they are in the organisation only).
 */
public record NewMember(String email, String firstName, String lastName, Optional<Department> department) {

    public static final int MAX_EMAIL = 254;
    public static final int MAX_NAME = 100;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    public NewMember {
        email = Objects.requireNonNullElse(email, "").strip().toLowerCase(Locale.ROOT);
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw new InvalidValueException(
                    "'" + shorten(email) + "' is not an e-mail address like" + " nina.new@example.com");
        }
        firstName = name(firstName, "first name");
        lastName = name(lastName, "last name");
        department = Objects.requireNonNullElse(department, Optional.empty());
    }

    /** The part after the @. */
    public String domain() {
        return email.substring(email.indexOf('@') + 1);
    }

    /** The user name their account gets: the address itself. */
    public Username username() {
        return new Username(email);
    }

    private static String name(String name, String what) {
        String value = Objects.requireNonNullElse(name, "").strip();
        if (value.isEmpty()
                || value.length() > MAX_NAME
                || value.chars().anyMatch(Character::isISOControl)
                || value.chars().anyMatch(c -> c == '<' || c == '>')) {
            throw new InvalidValueException("A " + what + " has 1 to " + MAX_NAME + " characters, without < or >");
        }
        return value;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
