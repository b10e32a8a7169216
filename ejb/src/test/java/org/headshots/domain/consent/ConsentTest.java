package org.headshots.domain.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.domain.retention.RetentionPeriod;
import org.junit.jupiter.api.Test;

class ConsentTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 9, 0);
    private static final Username CAROL = new Username("carol");
    private static final Organisation ACME = new Organisation("headshots.example");
    private static final ConsentText CURRENT = new ConsentText("2026-11-1", "We use your photos to ...");
    private static final ConsentText NEWER = new ConsentText("2027-2-1", "We use your photos differently ...");

    @Test
    void acceptingTheCurrentTextRecordsWhoAndWhen() {
        Consent consent = new Consent(ACME, CAROL, "2026-11-1", CURRENT, NOW);

        assertEquals(CAROL, consent.username());
        assertEquals("2026-11-1", consent.version());
        assertEquals(NOW, consent.acceptedAt());
        assertEquals(Optional.empty(), consent.withdrawnAt());
        assertTrue(consent.covers(CURRENT));
    }

    @Test
    void acceptingAnOlderVersionIsRefusedNamingTheCurrentOne() {
        ConsentVersionNotCurrentException e = assertThrows(
                ConsentVersionNotCurrentException.class, () -> new Consent(ACME, CAROL, "2026-11-1", NEWER, NOW));

        assertEquals("2027-2-1", e.currentVersion());
        assertTrue(e.getMessage().contains("'2026-11-1' is not the current"), e.getMessage());
        assertTrue(e.getMessage().contains("the current version is 2027-2-1"), e.getMessage());
    }

    @Test
    void acceptingWithoutAVersionIsRefused() {
        ConsentVersionNotCurrentException e = assertThrows(
                ConsentVersionNotCurrentException.class, () -> new Consent(ACME, CAROL, null, CURRENT, NOW));

        assertTrue(e.getMessage().startsWith("No consent version was given"), e.getMessage());
    }

    @Test
    void aConsentCoversOnlyTheTextItWasGivenFor() {
        Consent consent = new Consent(ACME, CAROL, "2026-11-1", CURRENT, NOW);

        assertFalse(consent.covers(NEWER));
    }

    @Test
    void withdrawingEndsTheConsentAndKeepsTheRecord() {
        Consent consent = new Consent(ACME, CAROL, "2026-11-1", CURRENT, NOW);

        consent.withdraw(NOW.plusDays(3));

        assertTrue(consent.isWithdrawn());
        assertEquals(Optional.of(NOW.plusDays(3)), consent.withdrawnAt());
        assertEquals(NOW, consent.acceptedAt());
        assertFalse(consent.covers(CURRENT));
    }

    @Test
    void aWithdrawnConsentCannotBeWithdrawnAgain() {
        Consent consent = new Consent(ACME, CAROL, "2026-11-1", CURRENT, NOW);
        consent.withdraw(NOW.plusDays(3));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> consent.withdraw(NOW.plusDays(4)));
        assertTrue(e.getMessage().contains(NOW.plusDays(3).toString()), e.getMessage());
        assertEquals(Optional.of(NOW.plusDays(3)), consent.withdrawnAt());
    }

    @Test
    void aConsentCannotBeWithdrawnBeforeItWasGiven() {
        Consent consent = new Consent(ACME, CAROL, "2026-11-1", CURRENT, NOW);

        assertThrows(IllegalArgumentException.class, () -> consent.withdraw(NOW.minusSeconds(1)));
        assertFalse(consent.isWithdrawn());
    }

    @Test
    void aConsentNeedsAPersonATextAndATime() {
        assertThrows(NullPointerException.class, () -> new Consent(ACME, null, "2026-11-1", CURRENT, NOW));
        assertThrows(NullPointerException.class, () -> new Consent(ACME, CAROL, "2026-11-1", null, NOW));
        assertThrows(NullPointerException.class, () -> new Consent(ACME, CAROL, "2026-11-1", CURRENT, null));
    }

    @Test
    void aTextHasADatedVersionAndWords() {
        assertThrows(IllegalArgumentException.class, () -> new ConsentText("v1", "text"));
        assertThrows(IllegalArgumentException.class, () -> new ConsentText("2026-11-1", "  "));
        assertTrue(new ConsentText("2026-11-12", "text").isVersion("2026-11-12"));
    }

    @Test
    void theWordingSaysWhatWhyWhoWhereAndWhenWithTheConfiguredRetention() {
        ConsentText text = ConsentWording.v2026_11_1(new RetentionPeriod(14));

        assertEquals("2026-11-1", text.version());
        for (String heading : new String[] {
            "What we collect", "Why", "Who sees it", "Where it is processed", "When it is deleted", "Your choice"
        }) {
            assertTrue(text.text().contains("\n" + heading + "\n"), heading);
        }
        assertTrue(text.text().contains("biometric data"), text.text());
        assertTrue(text.text().contains("face embedding"), text.text());
        assertTrue(text.text().contains("nothing leaves the building"), text.text());
        assertTrue(text.text().contains("deleted automatically after 14 days."), text.text());
        assertTrue(text.text().contains("If you withdraw your consent, they are deleted at once"), text.text());
        assertTrue(ConsentWording.v2026_11_1(new RetentionPeriod(1)).text().contains("after 1 day."));
    }

    @Test
    void aRetentionPeriodIsAtLeastADay() {
        assertThrows(InvalidValueException.class, () -> new RetentionPeriod(0));
        assertThrows(InvalidValueException.class, () -> new RetentionPeriod(RetentionPeriod.MAX_DAYS + 1));
    }
}
