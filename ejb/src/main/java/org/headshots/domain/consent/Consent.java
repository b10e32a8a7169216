package org.headshots.domain.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.TenantData;
import org.headshots.domain.people.Username;

/**
 * One person's acceptance of one version of the consent text, and its withdrawal. Rows are never deleted or
 * reused: accepting again after a withdrawal, or accepting a newer text, is a new consent, so the history says
 * who agreed to what and when.
 */
@Entity
@Table(name = "consent")
public class Consent extends TenantData {

    @Id
    @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    private Long id;

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    @Column(nullable = false)
    private Username username;

    @Column(name = "text_version", nullable = false, length = ConsentText.MAX_VERSION_LENGTH)
    private String version;

    @Column(name = "accepted_at", nullable = false)
    private LocalDateTime acceptedAt;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    protected Consent() {}

    /**
     * Records that {@code person} accepted the text of {@code acceptedVersion}.
     *
     * @throws ConsentVersionNotCurrentException when that is not the version of {@code current}: only the text
     *         people are shown now can be agreed to
     */
    public Consent(
            Organisation organisation,
            Username person,
            String acceptedVersion,
            ConsentText current,
            LocalDateTime now) {
        super(organisation);
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(now, "now");
        if (!current.isVersion(acceptedVersion)) {
            throw new ConsentVersionNotCurrentException(acceptedVersion, current.version());
        }
        this.username = person;
        this.version = current.version();
        this.acceptedAt = now;
    }

    /** Ends the consent; a withdrawn consent stays withdrawn. */
    public void withdraw(LocalDateTime now) {
        Objects.requireNonNull(now, "now");
        if (withdrawnAt != null) {
            throw new IllegalStateException("This consent was already withdrawn on " + withdrawnAt);
        }
        if (now.isBefore(acceptedAt)) {
            throw new IllegalArgumentException(
                    "A consent cannot be withdrawn (" + now + ") before it was given (" + acceptedAt + ")");
        }
        this.withdrawnAt = now;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Whether this consent, as it stands, allows using photos under the given text. */
    public boolean covers(ConsentText text) {
        return !isWithdrawn() && text.isVersion(version);
    }

    public Username username() {
        return username;
    }

    public String version() {
        return version;
    }

    public LocalDateTime acceptedAt() {
        return acceptedAt;
    }

    public Optional<LocalDateTime> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }
}
