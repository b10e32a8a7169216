package org.headshots.application.run;

import java.util.Objects;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

/** A run of someone's headshots moved on: its stage, its count of headshots or its outcome changed. */
public record RunChanged(Username owner, Organisation organisation) {

    public RunChanged {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(organisation, "organisation");
    }
}
