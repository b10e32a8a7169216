package org.headshots.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.Test;

class JoinLinkTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 4, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Username OLIVIA = new Username("olivia");
    private static final String HASH = "a".repeat(64);

    private static Order order() throws Exception {
        Order order = new Order(
                new Organisation("headshots.example"),
                new OrderName("Sales"),
                new Department("Sales"),
                LocalDate.of(2027, 1, 1),
                List.of(new Employee(new Username("erin"), "erin@example.org", null)),
                OLIVIA,
                NOW);
        Field id = Order.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(order, 7L);
        return order;
    }

    @Test
    void aLinkWorksForItsNumberOfPeopleThenSaysItIsUsedUp() throws Exception {
        JoinLink link = new JoinLink(order(), HASH, "sealed", Duration.ofDays(14), 2, OLIVIA, NOW);
        assertTrue(link.closedBecause(NOW).isEmpty());
        link.used(NOW);
        link.used(NOW.plusDays(1));
        assertEquals(2, link.uses());
        JoinLinkClosedException full = assertThrows(JoinLinkClosedException.class, () -> link.used(NOW.plusDays(2)));
        assertTrue(full.getMessage().contains("as many people as it may (2)"), full.getMessage());
    }

    @Test
    void aLinkStopsWorkingWhenItExpiresOrIsRevoked() throws Exception {
        JoinLink link = new JoinLink(order(), HASH, "sealed", Duration.ofDays(14), 50, OLIVIA, NOW);
        assertTrue(link.closedBecause(NOW.plusDays(14).minusSeconds(1)).isEmpty());
        assertTrue(link.closedBecause(NOW.plusDays(14)).orElseThrow().contains("expired on 2026-12-18"));
        link.revoke(NOW.plusHours(1));
        link.revoke(NOW.plusHours(2));
        assertEquals(NOW.plusHours(1), link.revokedAt().orElseThrow(), "revoked once, when it was first");
        assertThrows(JoinLinkClosedException.class, () -> link.used(NOW.plusHours(3)));
        assertTrue(link.closedBecause(NOW.plusHours(3)).orElseThrow().contains("switched off"));
    }

    @Test
    void aLinkIsForAnOrderPeopleMayStillJoinWithinSaneBounds() throws Exception {
        Order order = order();
        assertThrows(
                InvalidOrderException.class,
                () -> new JoinLink(order, HASH, "s", Duration.ofMinutes(59), 5, OLIVIA, NOW));
        assertThrows(
                InvalidOrderException.class, () -> new JoinLink(order, HASH, "s", Duration.ofDays(91), 5, OLIVIA, NOW));
        assertThrows(
                InvalidOrderException.class, () -> new JoinLink(order, HASH, "s", Duration.ofDays(1), 0, OLIVIA, NOW));
        assertThrows(
                InvalidOrderException.class,
                () -> new JoinLink(order, HASH, "s", Duration.ofDays(1), JoinLink.MAX_USES + 1, OLIVIA, NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new JoinLink(order, "not-a-hash", "s", Duration.ofDays(1), 5, OLIVIA, NOW));
        order.close(NOW);
        assertThrows(
                OrderStateException.class, () -> new JoinLink(order, HASH, "s", Duration.ofDays(1), 5, OLIVIA, NOW));
    }
}
