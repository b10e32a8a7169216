package org.headshots.domain.people;

import java.util.Objects;
import java.util.regex.Pattern;
import org.headshots.domain.refusal.InvalidValueException;

/**
 * A tenant: one company, known by the alias of its organisation in Keycloak (which Keycloak never lets change).
 * Membership is decided there, by the organisation's admins or IT, never by a value a user can edit; every row
 * that belongs to a person belongs to one organisation, and admins see only their own.
 */
public record Organisation(String alias) {

    public static final int MAX_LENGTH = 255;
    private static final Pattern ALIAS = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,254}");

    public Organisation {
        Objects.requireNonNull(alias, "organisation");
        if (!ALIAS.matcher(alias).matches()) {
            throw new InvalidValueException("'" + alias + "' is not an organisation alias");
        }
    }

    @Override
    public String toString() {
        return alias;
    }
}
