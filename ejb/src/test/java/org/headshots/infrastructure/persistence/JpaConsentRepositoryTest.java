package org.headshots.infrastructure.persistence;

import static org.headshots.infrastructure.persistence.Examples.ACME;
import static org.headshots.infrastructure.persistence.Examples.ERIN;
import static org.headshots.infrastructure.persistence.Examples.FRANK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.headshots.domain.consent.Consent;
import org.headshots.domain.consent.ConsentText;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaConsentRepositoryTest extends RepositoryOnH2 {

    private static final ConsentText FIRST = new ConsentText("2026-11-1", "We keep your photos until the order ends.");
    private static final ConsentText SECOND = new ConsentText("2026-12-1", "We keep your photos 30 days.");
    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 12, 7, 9, 0);

    private final JpaConsentRepository consents = new JpaConsentRepository();

    @BeforeEach
    void injected() {
        consents.em = em;
    }

    private Consent stored(Username person, ConsentText text, LocalDateTime at) {
        Consent consent = new Consent(ACME, person, text.version(), text, at);
        inTransaction(() -> consents.store(consent));
        return consent;
    }

    @Test
    void aPersonsStandingConsentsComeNewestFirst() {
        stored(ERIN, FIRST, MONDAY);
        stored(ERIN, SECOND, MONDAY.plusDays(1));
        stored(FRANK, SECOND, MONDAY.plusDays(2));

        List<Consent> active = consents.activeOf(ERIN);
        assertEquals(
                List.of("2026-12-1", "2026-11-1"),
                active.stream().map(Consent::version).toList());
        assertEquals(MONDAY.plusDays(1), active.get(0).acceptedAt());
        assertTrue(consents.activeOf(new Username("gina")).isEmpty());
    }

    @Test
    void aWithdrawnConsentIsStoredAndNoLongerActive() {
        stored(ERIN, FIRST, MONDAY);
        stored(ERIN, SECOND, MONDAY.plusDays(1));

        inTransaction(() -> {
            Consent newest = consents.activeOf(ERIN).get(0);
            newest.withdraw(MONDAY.plusDays(2));
            consents.store(newest);
        });

        assertEquals(
                List.of("2026-11-1"),
                consents.activeOf(ERIN).stream().map(Consent::version).toList());
        assertEquals(
                1L,
                em.createQuery("SELECT COUNT(c) FROM Consent c WHERE c.withdrawnAt = :at", Long.class)
                        .setParameter("at", MONDAY.plusDays(2))
                        .getSingleResult());
    }

    @Test
    void allOfAPersonsConsentsWithdrawnOnesTooComeOldestFirstAndGoOneByOne() {
        stored(ERIN, FIRST, MONDAY);
        stored(ERIN, SECOND, MONDAY.plusDays(1));
        stored(FRANK, SECOND, MONDAY);
        inTransaction(() -> consents.activeOf(ERIN).get(0).withdraw(MONDAY.plusDays(3)));

        List<Consent> all = consents.allOf(ERIN);
        assertEquals(
                List.of("2026-11-1", "2026-12-1"),
                all.stream().map(Consent::version).toList());

        inTransaction(() -> {
            for (Consent consent : consents.allOf(ERIN)) {
                consents.remove(consent);
            }
        });
        assertTrue(consents.allOf(ERIN).isEmpty());
        assertEquals(1, consents.allOf(FRANK).size());
    }
}
