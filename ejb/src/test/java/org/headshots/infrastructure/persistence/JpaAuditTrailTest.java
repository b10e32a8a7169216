package org.headshots.infrastructure.persistence;

import static org.headshots.infrastructure.persistence.Examples.ACME;
import static org.headshots.infrastructure.persistence.Examples.ERIN;
import static org.headshots.infrastructure.persistence.Examples.FRANK;
import static org.headshots.infrastructure.persistence.Examples.GLOBEX;
import static org.headshots.infrastructure.persistence.Examples.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditQuery;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaAuditTrailTest extends RepositoryOnH2 {

    private static final LocalDate DAY = MONDAY.toLocalDate();

    private final JpaAuditTrail trail = new JpaAuditTrail();

    @BeforeEach
    void events() {
        trail.em = em;
        record(0, "erin", "CONSENT_ACCEPTED", "consent:erin", "", ACME);
        record(1, "olivia", "ORDER_PLACED", "order:1", "for erin and frank_x", ACME);
        record(26, "olivia", "MEMBER_REMOVED", "seat:frank_x", "", ACME);
        record(27, "gina", "CONSENT_ACCEPTED", "consent:gina", "", GLOBEX);
        record(28, "ivan", "SETTINGS_CHANGED", "node:gpu3", "", null);
    }

    private void record(
            int hours, String actor, String action, String subject, String detail, Organisation organisation) {
        inTransaction(() -> trail.record(AuditEvent.by(
                new Username(actor),
                AuditAction.valueOf(action),
                subject,
                detail,
                organisation,
                MONDAY.plusHours(hours))));
    }

    private static List<String> actions(List<AuditEvent> events) {
        return events.stream().map(AuditEvent::action).toList();
    }

    @Test
    void anOrganisationsEventsComeNewestFirstAPageAtATime() {
        assertEquals(
                List.of("MEMBER_REMOVED", "ORDER_PLACED", "CONSENT_ACCEPTED"),
                actions(trail.of(ACME, new AuditQuery(null, null, null, null, 0, 10))));
        assertEquals(List.of("ORDER_PLACED"), actions(trail.of(ACME, new AuditQuery(null, null, null, null, 1, 1))));
        assertEquals(3, trail.count(ACME, new AuditQuery(null, null, null, null, 2, 1)), "all of them, not a page");
        assertEquals(1, trail.count(GLOBEX, new AuditQuery(null, null, null, null, 0, 10)));
    }

    @Test
    void eventsAreFoundByPersonActionAndDays() {
        assertEquals(
                List.of("ORDER_PLACED", "CONSENT_ACCEPTED"),
                actions(trail.of(ACME, new AuditQuery("erin", null, null, null, 0, 10))),
                "actor or detail");
        assertEquals(
                List.of("MEMBER_REMOVED", "ORDER_PLACED"),
                actions(trail.of(ACME, new AuditQuery("frank_x", null, null, null, 0, 10))),
                "subject or detail");
        assertEquals(0, trail.count(ACME, new AuditQuery("frank%", null, null, null, 0, 10)), "% is itself");
        assertEquals(
                List.of("CONSENT_ACCEPTED"),
                actions(trail.of(ACME, new AuditQuery(null, "CONSENT_ACCEPTED", null, null, 0, 10))));
        assertEquals(
                List.of("ORDER_PLACED", "CONSENT_ACCEPTED"),
                actions(trail.of(ACME, new AuditQuery(null, null, DAY, DAY, 0, 10))),
                "the last day included");
        assertEquals(
                List.of("MEMBER_REMOVED"),
                actions(trail.of(ACME, new AuditQuery(null, null, DAY.plusDays(1), null, 0, 10))));
        assertEquals(1, trail.count(ACME, new AuditQuery("olivia", null, null, DAY, 0, 10)));
    }

    @Test
    void anOrganisationsActionsAreListedOnceSorted() {
        assertEquals(List.of("CONSENT_ACCEPTED", "MEMBER_REMOVED", "ORDER_PLACED"), trail.actions(ACME));
        assertEquals(List.of("CONSENT_ACCEPTED"), trail.actions(GLOBEX));
    }

    @Test
    void theEventsAboutASubjectComeOldestFirstWhateverTheirOrganisation() {
        record(30, "ivan", "LOGO_CHANGED", "node:gpu3", "", null);

        assertEquals(List.of("SETTINGS_CHANGED", "LOGO_CHANGED"), actions(trail.about("node:gpu3")));
        assertTrue(trail.about("node:gpu9").isEmpty());
        assertTrue(trail.about("node:gpu3").get(0).organisation().isEmpty());
    }

    @Test
    void theEventsNamingAPersonAreThoseWithTheirWholeNameAsActorSubjectOrDetail() {
        record(30, "olivia", "HEADSHOT_VIEWED_BY_ADMIN", "headshot:7", "ORIGINAL, owner frank", ACME);

        assertEquals(
                List.of("HEADSHOT_VIEWED_BY_ADMIN"),
                actions(trail.naming(FRANK)),
                "frank_x is someone else; \"owner frank\" is him");
        assertEquals(
                List.of("ORDER_PLACED", "MEMBER_REMOVED"),
                actions(trail.naming(new Username("frank_x"))),
                "the _ of a LIKE pattern is taken literally");
        assertEquals(List.of("CONSENT_ACCEPTED", "ORDER_PLACED"), actions(trail.naming(ERIN)));
    }

    @Test
    void theEventsAboutAnyOfSeveralSubjectsComeOldestFirst() {
        assertEquals(
                List.of("CONSENT_ACCEPTED", "CONSENT_ACCEPTED", "SETTINGS_CHANGED"),
                actions(trail.about(List.of("node:gpu3", "consent:gina", "consent:erin", "consent:nobody"))));
        assertEquals(List.of(), trail.about(List.of()));
    }
}
