package org.headshots.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.headshots.domain.fleet.NodeAddress;
import org.headshots.domain.fleet.NodeMembership;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaFleetMembershipTest extends RepositoryOnH2 {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 12, 7, 9, 0);
    private static final NodeAddress GPU1 = new NodeAddress("gpu1.headshots.example", 50051);
    private static final NodeAddress GPU2 = new NodeAddress("gpu2.headshots.example", 50051);

    private final JpaFleetMembership fleet = new JpaFleetMembership();

    @BeforeEach
    void injected() {
        fleet.em = em;
    }

    @Test
    void aNodesMembershipIsStoredAndDecidedAgain() {
        inTransaction(() -> fleet.store(new NodeMembership(GPU1, true, "ivan", MONDAY)));
        inTransaction(() -> {
            NodeMembership gpu1 = fleet.find(GPU1).orElseThrow();
            gpu1.decide(false, "ines", MONDAY.plusHours(1));
            fleet.store(gpu1);
        });

        NodeMembership found = fleet.find(GPU1).orElseThrow();
        assertFalse(found.member());
        assertEquals("ines", found.changedBy());
        assertEquals(MONDAY.plusHours(1), found.changedAt());
        assertEquals(GPU1, found.address());
        assertTrue(fleet.find(GPU2).isEmpty());
    }

    @Test
    void allChangesComeOldestFirst() {
        inTransaction(() -> fleet.store(new NodeMembership(GPU2, true, "ivan", MONDAY.plusHours(2))));
        inTransaction(() -> fleet.store(new NodeMembership(GPU1, false, "ivan", MONDAY)));

        assertEquals(
                List.of(GPU1, GPU2),
                fleet.all().stream().map(NodeMembership::address).toList());
    }
}
