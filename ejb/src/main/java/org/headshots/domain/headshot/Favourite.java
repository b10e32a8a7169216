package org.headshots.domain.headshot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

/** The one headshot a person chose; choosing another replaces it. */
@Entity
@Table(name = "favourite")
public class Favourite {

    @Id
    private String owner;

    @Column(nullable = false, length = Organisation.MAX_LENGTH)
    private String organisation;

    @Column(name = "headshot_id", nullable = false)
    private long headshotId;

    @Column(name = "chosen_at", nullable = false)
    private OffsetDateTime chosenAt;

    @Version
    private long version;

    protected Favourite() {
        // for JPA
    }

    public Favourite(Headshot headshot, OffsetDateTime at) {
        this.owner = headshot.owner().value();
        this.organisation = headshot.organisation().alias();
        choose(headshot, at);
    }

    /** @throws IllegalArgumentException when the headshot is someone else's */
    public void choose(Headshot headshot, OffsetDateTime at) {
        if (!headshot.owner().value().equals(owner)) {
            throw new IllegalArgumentException("A favourite is one of the person's own headshots");
        }
        this.headshotId = headshot.id();
        this.chosenAt = Objects.requireNonNull(at, "at");
    }

    public Username owner() {
        return new Username(owner);
    }

    public long headshotId() {
        return headshotId;
    }

    public OffsetDateTime chosenAt() {
        return chosenAt;
    }
}
