package org.headshots.infrastructure.persistence;

import static org.headshots.infrastructure.persistence.Examples.ACME;
import static org.headshots.infrastructure.persistence.Examples.ERIN;
import static org.headshots.infrastructure.persistence.Examples.FRANK;
import static org.headshots.infrastructure.persistence.Examples.GLOBEX;
import static org.headshots.infrastructure.persistence.Examples.HANK;
import static org.headshots.infrastructure.persistence.Examples.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.run.HeadshotRun;
import org.headshots.domain.run.RunStage;
import org.headshots.domain.run.RunStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaHeadshotRunRepositoryTest extends RepositoryOnH2 {

    private static final HeadshotPlan PLAN = new HeadshotPlan(12, List.of("studio-grey", "office-blue"), "#1a4b8c", 1);

    private final JpaHeadshotRunRepository runs = new JpaHeadshotRunRepository();
    private OrderId order;

    @BeforeEach
    void anOrder() {
        runs.em = em;
        order = storedOrder(ACME, "Sales 2027", MONDAY).id();
    }

    private HeadshotRun stored(Username owner, Organisation organisation, int number, int minutes) {
        return inTransaction(() -> runs.store(
                new HeadshotRun(owner, organisation, order, number, 42L + number, PLAN, MONDAY.plusMinutes(minutes))));
    }

    @Test
    void aStoredRunComesBackAsItWentOn() {
        long id = stored(ERIN, ACME, 1, 0).id();
        inTransaction(() -> {
            HeadshotRun run = runs.find(id).orElseThrow();
            run.started(99, MONDAY.plusMinutes(1));
            run.identityTook(1500);
            run.failed("The node went away", MONDAY.plusMinutes(2));
        });

        HeadshotRun found = runs.find(id).orElseThrow();
        assertEquals(RunStatus.FAILED, found.status());
        assertEquals(RunStage.FAILED, found.stage());
        assertEquals(Optional.of(99L), found.execution());
        assertEquals(Optional.of("The node went away"), found.reason());
        assertEquals(1500, found.identityMillis());
        assertEquals(List.of("studio-grey", "office-blue"), found.styles());
        assertEquals(Optional.of("#1a4b8c"), found.brandColour());
        assertEquals(43, found.seed());
        assertEquals(order, found.order());
        assertEquals(MONDAY.toInstant(), found.queuedAt().toInstant());
        assertEquals(
                MONDAY.plusMinutes(1).toInstant(),
                found.startedAt().orElseThrow().toInstant());
        assertTrue(runs.find(id + 1000).isEmpty());
    }

    @Test
    void aPersonsRunsComeNewestFirst() {
        stored(ERIN, ACME, 1, 0);
        stored(ERIN, ACME, 3, 1);
        stored(ERIN, ACME, 2, 2);
        stored(FRANK, ACME, 4, 3);

        assertEquals(
                List.of(3, 2, 1),
                runs.of(ERIN).stream().map(HeadshotRun::number).toList());
    }

    @Test
    void anOrganisationsRunsComeLatestQueuedFirst() {
        stored(ERIN, ACME, 1, 0);
        stored(FRANK, ACME, 1, 5);
        stored(HANK, GLOBEX, 1, 9);

        assertEquals(
                List.of(FRANK, ERIN),
                runs.of(ACME).stream().map(HeadshotRun::owner).toList());
        assertEquals(
                List.of(HANK), runs.of(GLOBEX).stream().map(HeadshotRun::owner).toList());
    }

    @Test
    void runsAreFoundByStatusInEveryOrganisation() {
        long running = stored(ERIN, ACME, 1, 0).id();
        stored(FRANK, ACME, 1, 1);
        stored(HANK, GLOBEX, 1, 2);
        inTransaction(() -> runs.find(running).orElseThrow().started(1, MONDAY.plusMinutes(3)));

        assertEquals(
                List.of(ERIN),
                runs.withStatus(RunStatus.RUNNING).stream()
                        .map(HeadshotRun::owner)
                        .toList());
        assertEquals(2, runs.withStatus(RunStatus.QUEUED).size());
        assertTrue(runs.withStatus(RunStatus.COMPLETED).isEmpty());
    }

    @Test
    void aRemovedRunIsGoneAndOthersStay() {
        long erins = stored(ERIN, ACME, 1, 0).id();
        stored(FRANK, ACME, 1, 1);

        inTransaction(() -> runs.remove(runs.find(erins).orElseThrow()));

        assertTrue(runs.find(erins).isEmpty());
        assertTrue(runs.of(ERIN).isEmpty());
        assertEquals(1, runs.of(FRANK).size());
    }
}
