package org.headshots.domain.retention;

import java.util.Objects;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

/** A person whose photos or face data are kept, with the organisation they were made for. */
public record DataOwner(Username person, Organisation organisation) {

    public DataOwner {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organisation, "organisation");
    }
}
