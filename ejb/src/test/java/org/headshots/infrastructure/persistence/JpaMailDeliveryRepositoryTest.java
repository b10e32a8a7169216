package org.headshots.infrastructure.persistence;

import static org.headshots.infrastructure.persistence.Examples.ACME;
import static org.headshots.infrastructure.persistence.Examples.ERIN;
import static org.headshots.infrastructure.persistence.Examples.FRANK;
import static org.headshots.infrastructure.persistence.Examples.GLOBEX;
import static org.headshots.infrastructure.persistence.Examples.MONDAY;
import static org.headshots.infrastructure.persistence.Examples.OLIVIA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.headshots.domain.mail.DeliveryStatus;
import org.headshots.domain.mail.MailDelivery;
import org.headshots.domain.mail.MailKind;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaMailDeliveryRepositoryTest extends RepositoryOnH2 {

    private final JpaMailDeliveryRepository deliveries = new JpaMailDeliveryRepository();
    private OrderId sales;
    private OrderId design;

    @BeforeEach
    void twoOrders() {
        deliveries.em = em;
        sales = storedOrder(ACME, "Sales 2027", MONDAY).id();
        design = storedOrder(ACME, "Design 2027", MONDAY).id();
    }

    private MailDelivery stored(OrderId order, Username person, MailKind kind, Integer daysBefore, int minutes) {
        return inTransaction(() -> deliveries.store(new MailDelivery(
                ACME,
                order,
                person,
                person.value() + "@headshots.example",
                kind,
                daysBefore,
                OLIVIA,
                MONDAY.plusMinutes(minutes))));
    }

    @Test
    void aStoredMailComesBackWithHowItWent() {
        long id = stored(sales, ERIN, MailKind.REMINDER, 3, 0).id();
        inTransaction(() -> deliveries.find(id).orElseThrow().refused("mailbox full", false));

        MailDelivery found = deliveries.find(id).orElseThrow();
        assertEquals(DeliveryStatus.QUEUED, found.status());
        assertEquals(1, found.attempts());
        assertEquals(Optional.of("mailbox full"), found.reason());
        assertEquals(Optional.of(3), found.daysBefore());
        assertEquals("erin@headshots.example", found.recipient());
        assertEquals(OLIVIA, found.requestedBy());
        assertEquals(sales, found.order());
        assertTrue(deliveries.find(id + 1000).isEmpty());
    }

    @Test
    void theOldestQueuedMailsComeFirstUpToTheLimit() {
        long sent = stored(sales, ERIN, MailKind.INVITATION, null, 0).id();
        stored(sales, FRANK, MailKind.INVITATION, null, 2);
        stored(design, ERIN, MailKind.INVITATION, null, 1);
        stored(design, FRANK, MailKind.INVITATION, null, 3);
        inTransaction(() -> deliveries.find(sent).orElseThrow().sent(MONDAY.plusMinutes(5)));

        assertEquals(
                List.of(1L, 2L),
                deliveries.queued(2).stream()
                        .map(mail -> (mail.queuedAt().toEpochSecond() - MONDAY.toEpochSecond()) / 60)
                        .toList());
        assertEquals(3, deliveries.queued(10).size());
    }

    @Test
    void anOrdersMailsComeNewestFirstInItsOrganisationOnly() {
        stored(sales, ERIN, MailKind.INVITATION, null, 0);
        stored(sales, FRANK, MailKind.INVITATION, null, 1);
        stored(design, ERIN, MailKind.INVITATION, null, 2);

        assertEquals(
                List.of(FRANK, ERIN),
                deliveries.ofOrder(ACME, sales).stream()
                        .map(MailDelivery::person)
                        .toList());
        assertTrue(deliveries.ofOrder(GLOBEX, sales).isEmpty());
        assertTrue(
                deliveries.ofOrder(new Organisation("initech.example"), design).isEmpty());
    }

    @Test
    void aRemindersDayIsKnownOnceQueued() {
        stored(sales, ERIN, MailKind.REMINDER, 7, 0);
        stored(sales, ERIN, MailKind.INVITATION, null, 1);

        assertTrue(deliveries.remindedDaysBefore(sales, 7));
        assertFalse(deliveries.remindedDaysBefore(sales, 3));
        assertFalse(deliveries.remindedDaysBefore(design, 7));
    }

    @Test
    void theMailsToAPersonComeOldestFirstAndGo() {
        stored(sales, ERIN, MailKind.REMINDER, 3, 5);
        stored(design, ERIN, MailKind.INVITATION, null, 0);
        stored(sales, FRANK, MailKind.INVITATION, null, 1);

        assertEquals(
                List.of(MailKind.INVITATION, MailKind.REMINDER),
                deliveries.to(ERIN).stream().map(MailDelivery::kind).toList());

        inTransaction(() -> {
            for (MailDelivery mail : deliveries.to(ERIN)) {
                deliveries.remove(mail);
            }
        });
        assertTrue(deliveries.to(ERIN).isEmpty());
        assertEquals(1, deliveries.to(FRANK).size());
    }
}
