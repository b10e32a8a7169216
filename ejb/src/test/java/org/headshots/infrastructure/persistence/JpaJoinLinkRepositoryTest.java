package org.headshots.infrastructure.persistence;

import static org.headshots.infrastructure.persistence.Examples.ACME;
import static org.headshots.infrastructure.persistence.Examples.GLOBEX;
import static org.headshots.infrastructure.persistence.Examples.MONDAY;
import static org.headshots.infrastructure.persistence.Examples.OLIVIA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.headshots.domain.order.JoinLink;
import org.headshots.domain.order.Order;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaJoinLinkRepositoryTest extends RepositoryOnH2 {

    private final JpaJoinLinkRepository links = new JpaJoinLinkRepository();
    private Order sales;
    private Order design;

    @BeforeEach
    void twoOrders() {
        links.em = em;
        sales = storedOrder(ACME, "Sales 2027", MONDAY);
        design = storedOrder(ACME, "Design 2027", MONDAY);
    }

    private JoinLink stored(Order order, char hash, int minutes) {
        JoinLink link = new JoinLink(
                order,
                String.valueOf(hash).repeat(64),
                "sealed-" + hash,
                Duration.ofDays(7),
                20,
                OLIVIA,
                MONDAY.plusMinutes(minutes));
        inTransaction(() -> links.store(link));
        return link;
    }

    @Test
    void aLinkIsFoundByItsTokensHashAndKeepsItsUses() {
        stored(sales, 'a', 0);
        stored(sales, 'b', 1);
        inTransaction(() -> links.byTokenHash("b".repeat(64)).orElseThrow().used(MONDAY.plusHours(1)));

        JoinLink found = links.byTokenHash("b".repeat(64)).orElseThrow();
        assertEquals("sealed-b", found.tokenSealed());
        assertEquals(1, found.uses());
        assertEquals(20, found.maxUses());
        assertEquals(sales.id(), found.order());
        assertEquals(
                MONDAY.plusMinutes(1).plusDays(7).toInstant(), found.expiresAt().toInstant());
        assertTrue(links.byTokenHash("c".repeat(64)).isEmpty());
    }

    @Test
    void anOrdersLinksComeNewestFirstInItsOrganisationOnly() {
        stored(sales, 'a', 0);
        stored(sales, 'b', 2);
        stored(design, 'c', 1);

        assertEquals(
                List.of("sealed-b", "sealed-a"),
                links.ofOrder(ACME, sales.id()).stream()
                        .map(JoinLink::tokenSealed)
                        .toList());
        assertTrue(links.ofOrder(GLOBEX, sales.id()).isEmpty());
    }
}
