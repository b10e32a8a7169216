package org.headshots.application;

import java.util.Objects;
import org.headshots.domain.people.Username;

/** A person did something that moves them on in their orders: consent, a selfie, a favourite. */
public record MemberProgressed(Username person) {

    public MemberProgressed {
        Objects.requireNonNull(person, "person");
    }
}
