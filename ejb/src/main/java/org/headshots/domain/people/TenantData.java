package org.headshots.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;

/**
 * What belongs to one organisation (a tenant): orders, seats, links, mails, consents, sign-ins. A row never
 * changes organisation, and every query an admin makes names theirs.
 */
@MappedSuperclass
public abstract class TenantData {

    @Column(nullable = false, length = Organisation.MAX_LENGTH)
    private Organisation organisation;

    protected TenantData() {
        // for JPA
    }

    protected TenantData(Organisation organisation) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
    }

    public Organisation organisation() {
        return organisation;
    }

    public boolean belongsTo(Organisation someOrganisation) {
        return organisation.equals(someOrganisation);
    }
}
