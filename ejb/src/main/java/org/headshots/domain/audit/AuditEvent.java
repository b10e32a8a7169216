package org.headshots.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

/**
 * Someone did something to a person's data: viewed, downloaded or deleted a photo. Never changed, but for the
 * name of a person whose data was erased ({@link #pseudonymise}).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(nullable = false)
    private OffsetDateTime at;

    /** The organisation whose data it was; none for the installation's own (IT's) events. */
    @Column(length = Organisation.MAX_LENGTH)
    private Organisation organisation;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false, length = 1000)
    private String detail;

    /** The actor of what the system did on its own. */
    public static final String SYSTEM = "system";

    protected AuditEvent() {
        // for JPA
    }

    private AuditEvent(
            OffsetDateTime at,
            String actor,
            AuditAction action,
            String subject,
            String detail,
            Organisation organisation) {
        this.at = Objects.requireNonNull(at, "at");
        this.organisation = organisation;
        this.actor = requireText(actor, "actor");
        this.action = Objects.requireNonNull(action, "action").name();
        this.subject = requireText(subject, "subject");
        this.detail = detail == null ? "" : detail;
    }

    /**
     * Something a person did, or something done to data of theirs or their organisation.
     *
     * @param organisation whose data it was; null for the installation's own (IT's) events
     */
    public static AuditEvent by(
            Username actor,
            AuditAction action,
            String subject,
            String detail,
            Organisation organisation,
            OffsetDateTime at) {
        return new AuditEvent(
                at, Objects.requireNonNull(actor, "actor").value(), action, subject, detail, organisation);
    }

    /** Something the system did on its own, such as building an identity in a batch job. */
    public static AuditEvent bySystem(
            AuditAction action, String subject, String detail, Organisation organisation, OffsetDateTime at) {
        return new AuditEvent(at, SYSTEM, action, subject, detail, organisation);
    }

    /** Whether the event names the person: as who did it, in what it was about, or in its detail. */
    public boolean names(Mention person) {
        return actor.equals(person.person().value()) || person.isIn(subject) || person.isIn(detail);
    }

    /**
     * Puts the alias where the event names the person, so that the trail keeps what happened to whose data
     * without saying whose: the one change an event allows, for a person whose data was erased.
     */
    public void pseudonymise(Mention person, String alias) {
        requireText(alias, "alias");
        if (actor.equals(person.person().value())) {
            actor = alias;
        }
        subject = person.replacedIn(subject, alias);
        detail = person.replacedIn(detail, alias);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An audit event needs its " + name);
        }
        return value;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public OffsetDateTime at() {
        return at;
    }

    public java.util.Optional<Organisation> organisation() {
        return java.util.Optional.ofNullable(organisation);
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }
}
