package org.headshots.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.headshots.domain.consent.Consent;
import org.headshots.domain.consent.ConsentRepository;
import org.headshots.domain.consent.ConsentVersionNotCurrentException;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.refusal.InvalidValueException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsentServiceTest {

    private static final Username CAROL = new Username("carol");
    private static final Organisation ACME = new Organisation("headshots.example");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 9, 0);

    /** Keeps consents in a list, as the database would. */
    private static final class InMemoryConsents implements ConsentRepository {
        final List<Consent> stored = new ArrayList<>();

        @Override
        public void store(Consent consent) {
            if (!stored.contains(consent)) {
                stored.add(consent);
            }
        }

        @Override
        public List<Consent> allOf(Username person) {
            return stored.stream().filter(c -> c.username().equals(person)).toList();
        }

        @Override
        public void remove(Consent consent) {
            stored.remove(consent);
        }

        @Override
        public List<Consent> activeOf(Username person) {
            return stored.stream()
                    .filter(c -> c.username().equals(person) && !c.isWithdrawn())
                    .sorted(Comparator.comparing(Consent::acceptedAt).reversed())
                    .toList();
        }
    }

    private final InMemoryConsents consents = new InMemoryConsents();
    private final List<Username> erasedByStorage = new ArrayList<>();
    private final List<Username> erasedByEmbeddings = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private ConsentService service;

    @BeforeEach
    void setUp() {
        service = withErasers(List.of(erasedByStorage::add, erasedByEmbeddings::add));
    }

    @SuppressWarnings("unchecked")
    private ConsentService withErasers(List<BiometricDataEraser> erasers) {
        ConsentService consentService = new ConsentService();
        consentService.consents = consents;
        consentService.texts = new ConsentTexts(new RetentionSettings(30));
        consentService.clock = Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Instance<BiometricDataEraser> instance = mock(Instance.class);
        when(instance.iterator()).thenAnswer(call -> erasers.iterator());
        consentService.erasers = instance;
        consentService.progressed = mock(jakarta.enterprise.event.Event.class);
        consentService.audit = new org.headshots.domain.audit.AuditTrail() {
            @Override
            public void record(org.headshots.domain.audit.AuditEvent event) {
                audited.add(event.action());
            }

            @Override
            public List<org.headshots.domain.audit.AuditEvent> about(String subject) {
                return List.of();
            }

            @Override
            public List<org.headshots.domain.audit.AuditEvent> about(java.util.Collection<String> subjects) {
                return List.of();
            }

            @Override
            public List<org.headshots.domain.audit.AuditEvent> naming(Username person) {
                return List.of();
            }

            @Override
            public List<org.headshots.domain.audit.AuditEvent> of(
                    org.headshots.domain.people.Organisation organisation,
                    org.headshots.domain.audit.AuditQuery query) {
                return List.of();
            }

            @Override
            public long count(
                    org.headshots.domain.people.Organisation organisation,
                    org.headshots.domain.audit.AuditQuery query) {
                return 0;
            }

            @Override
            public List<String> actions(org.headshots.domain.people.Organisation organisation) {
                return List.of();
            }
        };
        return consentService;
    }

    private String current() {
        return service.statusOf(CAROL).version();
    }

    @Test
    void aNewPersonHasNotAcceptedAndIsShownTheCurrentText() {
        ConsentStatus status = service.statusOf(CAROL);

        assertFalse(status.accepted());
        assertNull(status.acceptedAt());
        assertEquals("2026-11-1", status.version());
        assertTrue(status.text().contains("30 days"), status.text());
    }

    @Test
    void withoutConsentTheGuardRefusesNamingTheVersion() {
        ConsentRequiredException e = assertThrows(ConsentRequiredException.class, () -> service.requireConsent(CAROL));

        assertEquals("2026-11-1", e.currentVersion());
        assertTrue(e.getMessage().startsWith("carol has not accepted"), e.getMessage());
    }

    @Test
    void acceptingTheCurrentTextRecordsItOnceAndOpensTheGuard() {
        ConsentAcceptance first = service.accept(CAROL, ACME, current());
        ConsentAcceptance again = service.accept(CAROL, ACME, current());

        assertTrue(first.recordedNow());
        assertTrue(first.status().accepted());
        assertEquals(NOW, first.status().acceptedAt());
        assertFalse(again.recordedNow());
        assertEquals(1, consents.stored.size());
        service.requireConsent(CAROL);
        assertTrue(service.statusOf(CAROL).accepted());
    }

    @Test
    void acceptingAnotherVersionIsRefusedAndRecordsNothing() {
        ConsentVersionNotCurrentException e =
                assertThrows(ConsentVersionNotCurrentException.class, () -> service.accept(CAROL, ACME, "2025-1-1"));

        assertTrue(e.getMessage().contains("2026-11-1"), e.getMessage());
        assertTrue(consents.stored.isEmpty());
    }

    @Test
    void withdrawingEndsTheConsentAndCallsEveryEraser() {
        service.accept(CAROL, ACME, current());

        ConsentStatus status = service.withdraw(CAROL, ACME);

        assertFalse(status.accepted());
        assertTrue(consents.stored.get(0).isWithdrawn());
        assertEquals(List.of(CAROL), erasedByStorage);
        assertEquals(List.of(CAROL), erasedByEmbeddings);
        assertThrows(ConsentRequiredException.class, () -> service.requireConsent(CAROL));
        assertEquals(List.of("CONSENT_ACCEPTED", "CONSENT_WITHDRAWN"), audited);
    }

    @Test
    void acceptingAgainAfterWithdrawingIsANewConsent() {
        service.accept(CAROL, ACME, current());
        service.withdraw(CAROL, ACME);

        assertTrue(service.accept(CAROL, ACME, current()).recordedNow());

        assertEquals(2, consents.stored.size());
        service.requireConsent(CAROL);
    }

    @Test
    void withdrawingWithoutConsentStillErases() {
        service.withdraw(CAROL, ACME);

        assertEquals(List.of(CAROL), erasedByStorage);
    }

    @Test
    void withNoEraserDeployedWithdrawingOnlyRecords() {
        ConsentService alone = withErasers(List.of());
        alone.accept(CAROL, ACME, current());

        alone.withdraw(CAROL, ACME);

        assertTrue(consents.stored.get(0).isWithdrawn());
    }

    @Test
    void theRetentionPeriodComesFromTheSettings() {
        ConsentTexts texts = new ConsentTexts(new RetentionSettings(7));

        assertTrue(
                texts.current().text().contains("after 7 days"), texts.current().text());
        assertThrows(InvalidValueException.class, () -> new RetentionSettings(0));
    }
}
