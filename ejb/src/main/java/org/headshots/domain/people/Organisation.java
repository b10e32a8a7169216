package org.headshots.domain.people;

import java.util.Locale;
import java.util.Objects;

/**
 * The company a person belongs to, known by the domain of their work e-mail address, as team
 * products restrict invitations to the company's domain. Admins see only their organisation's data.
 */
public record Organisation(String domain) {

    public Organisation {
        Objects.requireNonNull(domain, "domain");
        domain = domain.strip().toLowerCase(Locale.ROOT);
        if (!domain.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
            throw new IllegalArgumentException("'" + domain + "' is not an e-mail domain");
        }
    }

    /** The organisation of an e-mail address. */
    public static Organisation ofEmail(String email) {
        Objects.requireNonNull(email, "email");
        int at = email.lastIndexOf('@');
        if (at < 1 || at == email.length() - 1) {
            throw new IllegalArgumentException("'" + email + "' is not an e-mail address");
        }
        return new Organisation(email.substring(at + 1));
    }

    @Override
    public String toString() {
        return domain;
    }
}
