package org.headshots.application.selfie;

import java.util.Objects;
import org.headshots.domain.people.Username;

/** A person's seats have just become ready: enough accepted selfies for the identity build. */
public record SeatsReady(Username owner) {

    public SeatsReady {
        Objects.requireNonNull(owner, "owner");
    }
}
