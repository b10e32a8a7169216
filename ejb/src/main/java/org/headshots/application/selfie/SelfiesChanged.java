package org.headshots.application.selfie;

import java.util.Objects;
import org.headshots.domain.people.Username;

/** A person's selfies changed: one was kept. */
public record SelfiesChanged(Username owner) {

    public SelfiesChanged {
        Objects.requireNonNull(owner, "owner");
    }
}
