package org.headshots.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * When a person of an organisation first and last signed in through single sign-on, and how often. The first
 * sign-in never moves; the last one only moves forward (a sign-in recorded late, by a server whose clock is
 * behind, leaves the later one standing).
 */
@Entity
@Table(name = "sign_in")
public class SignIn extends TenantData {

    @Id
    @SequenceGenerator(name = "sign_in_seq", sequenceName = "sign_in_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_seq")
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, length = Username.MAX_LENGTH)
    private Username username;

    @Column(name = "first_signed_in", nullable = false)
    private OffsetDateTime first;

    @Column(name = "last_signed_in", nullable = false)
    private OffsetDateTime last;

    @Column(name = "sign_ins", nullable = false)
    private int count;

    protected SignIn() {}

    /** The person's first sign-in in the organisation. */
    public SignIn(Organisation organisation, Username person, OffsetDateTime now) {
        super(organisation);
        this.username = Objects.requireNonNull(person, "person");
        this.first = Objects.requireNonNull(now, "now");
        this.last = now;
        this.count = 1;
    }

    /** One more sign-in; one dated before the first is not a sign-in of this person's history. */
    public void signedInAgain(OffsetDateTime now) {
        Objects.requireNonNull(now, "now");
        if (now.isBefore(first)) {
            throw new IllegalArgumentException("A sign-in at " + now + " cannot come before the first one, " + first);
        }
        if (now.isAfter(last)) {
            last = now;
        }
        count++;
    }

    public Username username() {
        return username;
    }

    public OffsetDateTime first() {
        return first;
    }

    public OffsetDateTime last() {
        return last;
    }

    /** How many sign-ins were recorded. */
    public int count() {
        return count;
    }
}
