package org.headshots.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.Test;

class MailDeliveryTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC);

    private static MailDelivery toErin() {
        return new MailDelivery(
                new Organisation("headshots.example"),
                new OrderId(50),
                new Username("erin"),
                "erin@headshots.example",
                MailKind.INVITATION,
                null,
                new Username("olivia"),
                NOW);
    }

    @Test
    void aMailIsQueuedThenSent() {
        MailDelivery mail = toErin();
        assertEquals(DeliveryStatus.QUEUED, mail.status());

        mail.sent(NOW.plusSeconds(3));

        assertEquals(DeliveryStatus.SENT, mail.status());
        assertEquals(1, mail.attempts());
        assertEquals(NOW.plusSeconds(3), mail.sentAt().orElseThrow());
    }

    @Test
    void anUnreachableServerIsTriedAgainThenFailsWithItsReasonAndARefusedAddressFailsAtOnce() {
        MailDelivery mail = toErin();
        mail.refused("Connection refused", false);
        assertEquals(DeliveryStatus.QUEUED, mail.status(), "tried again");
        mail.refused("Connection refused", false);
        mail.refused("Connection refused", false);
        assertEquals(DeliveryStatus.FAILED, mail.status());
        assertEquals(MailDelivery.MAX_ATTEMPTS, mail.attempts());
        assertEquals("Connection refused", mail.reason().orElseThrow());

        MailDelivery unknown = toErin();
        unknown.refused("550 no such user", true);
        assertEquals(DeliveryStatus.FAILED, unknown.status());
        assertTrue(unknown.reason().orElseThrow().contains("550"));
    }

    @Test
    void aPersonWithoutAnAddressCannotBeMailed() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new MailDelivery(
                        new Organisation("headshots.example"),
                        new OrderId(50),
                        new Username("erin"),
                        "",
                        MailKind.REMINDER,
                        null,
                        new Username("olivia"),
                        NOW));
        assertTrue(e.getMessage().contains("erin"), e.getMessage());
    }
}
