package org.headshots.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.Test;

class AuditEventPseudonymTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2027, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Organisation ACME = new Organisation("headshots.example");
    private static final Mention AL = new Mention(new Username("al"));

    private static AuditEvent event(String actor, String subject, String detail) {
        return AuditEvent.by(new Username(actor), AuditAction.MEMBER_REMOVED, subject, detail, ACME, NOW);
    }

    @Test
    void aPersonIsNamedByTheirWholeNameOnly() {
        assertTrue(event("al", "order:1", "").names(AL));
        assertTrue(event("olivia", "seat:12/al", "").names(AL));
        assertTrue(event("olivia", "run:al/2", "").names(AL));
        assertTrue(event("olivia", "headshot:3", "ORIGINAL, owner al").names(AL));
        assertFalse(event("olivia", "seat:12/alice", "owner al.bert").names(AL));
        assertFalse(event("alice", "consent:al@x", "for al_x and al-y").names(AL));
    }

    @Test
    void theAliasTakesTheNamesPlaceAndNothingElseChanges() {
        AuditEvent removal = event("al", "seat:12/al", "owner al, with alice");

        removal.pseudonymise(AL, "erased-0a1b");

        assertEquals("erased-0a1b", removal.actor());
        assertEquals("seat:12/erased-0a1b", removal.subject());
        assertEquals("owner erased-0a1b, with alice", removal.detail());
        assertEquals(AuditAction.MEMBER_REMOVED.name(), removal.action());
        assertEquals(NOW, removal.at());
        assertFalse(removal.names(AL));
    }

    @Test
    void anAliasWithCharactersARegexWouldReadIsTakenLiterally() {
        AuditEvent event = event("olivia", "seat:1/al", "");

        event.pseudonymise(AL, "erased-$1\\x");

        assertEquals("seat:1/erased-$1\\x", event.subject());
    }
}
