package org.headshots.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;

/**
 * What belongs to one person of one organisation: their selfies, identity, runs, headshots and favourites. A row
 * never changes hands, and every query for it names its owner or its organisation.
 */
@MappedSuperclass
public abstract class PersonalData extends TenantData {

    @Column(nullable = false, length = Username.MAX_LENGTH)
    private Username owner;

    protected PersonalData() {
        // for JPA
    }

    protected PersonalData(Username owner, Organisation organisation) {
        super(organisation);
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    public Username owner() {
        return owner;
    }

    public boolean ownedBy(Username someone) {
        return owner.equals(someone);
    }
}
