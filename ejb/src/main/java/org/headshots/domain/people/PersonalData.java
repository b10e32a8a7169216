package org.headshots.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;

/**
 * What belongs to one person of one organisation: their selfies, identity, runs, headshots and favourites. A row
 * never changes hands, and every query for it names its owner or its organisation.
 */
@MappedSuperclass
public abstract class PersonalData {

    @Column(nullable = false, length = Username.MAX_LENGTH)
    private Username owner;

    @Column(nullable = false, length = Organisation.MAX_LENGTH)
    private Organisation organisation;

    protected PersonalData() {
        // for JPA
    }

    protected PersonalData(Username owner, Organisation organisation) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
    }

    public Username owner() {
        return owner;
    }

    public Organisation organisation() {
        return organisation;
    }

    public boolean ownedBy(Username someone) {
        return owner.equals(someone);
    }

    public boolean belongsTo(Organisation someOrganisation) {
        return organisation.equals(someOrganisation);
    }
}
