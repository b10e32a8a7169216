package org.headshots.domain.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.Test;

class RunHistoryTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 4, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OrderId SALES = new OrderId(3);
    private static final OrderId DESIGN = new OrderId(4);

    private final List<HeadshotRun> newestFirst = new ArrayList<>();

    private HeadshotRun run(OrderId order, RunStatus status) {
        HeadshotRun run = new HeadshotRun(
                new Username("frank"),
                new Organisation("initech.example"),
                order,
                newestFirst.size() + 1,
                7,
                HeadshotPlan.standard(),
                NOW);
        if (status != RunStatus.QUEUED) {
            run.started(1, NOW);
        }
        if (status == RunStatus.COMPLETED) {
            run.completed(NOW);
        } else if (status == RunStatus.FAILED) {
            run.failed("selfies deleted", NOW);
        }
        assertEquals(status, run.status());
        newestFirst.add(0, run);
        return run;
    }

    private RunHistory history() {
        return RunHistory.of(newestFirst);
    }

    @Test
    void runsAreNumberedPerPersonAcrossOrders() {
        assertEquals(1, history().nextNumber());
        run(SALES, RunStatus.COMPLETED);
        run(DESIGN, RunStatus.QUEUED);
        assertEquals(3, history().nextNumber());
    }

    @Test
    void aSeatAwaitsARunUntilOneIsMadeAndAgainAfterItFailed() {
        assertTrue(history().awaitsRunFor(SALES));
        run(SALES, RunStatus.COMPLETED);
        assertFalse(history().awaitsRunFor(SALES));
        assertTrue(history().awaitsRunFor(DESIGN), "another order's runs do not count");
        run(DESIGN, RunStatus.FAILED);
        assertTrue(history().awaitsRunFor(DESIGN));
    }

    @Test
    void aRunAddedIsNumberedBefore() {
        RunHistory history = history();
        history.add(new HeadshotRun(
                new Username("frank"), new Organisation("initech.example"), SALES, 1, 1, HeadshotPlan.standard(), NOW));
        assertEquals(2, history.nextNumber());
        assertFalse(history.awaitsRunFor(SALES));
    }

    @Test
    void noRemakeBeforeTheFirstHeadshots() {
        RemakeNotAllowedException refused =
                assertThrows(RemakeNotAllowedException.class, () -> history().numberForRemake(SALES, 1));
        assertTrue(refused.getMessage().contains("once your selfies are ready"), refused.getMessage());
    }

    @Test
    void noRemakeWhileHeadshotsAreBeingMade() {
        run(SALES, RunStatus.COMPLETED);
        run(SALES, RunStatus.RUNNING);
        RemakeNotAllowedException refused =
                assertThrows(RemakeNotAllowedException.class, () -> history().numberForRemake(SALES, 3));
        assertTrue(refused.getMessage().contains("still being made"), refused.getMessage());
    }

    @Test
    void remakesAreCountedPerOrderAndFailedRunsAreFree() {
        run(SALES, RunStatus.COMPLETED);
        run(DESIGN, RunStatus.COMPLETED);
        run(DESIGN, RunStatus.COMPLETED);
        assertEquals(4, history().numberForRemake(SALES, 1));
        run(SALES, RunStatus.FAILED);
        assertEquals(5, history().numberForRemake(SALES, 1), "a failed remake does not use the allowance");
        run(SALES, RunStatus.COMPLETED);
        RemakeNotAllowedException refused =
                assertThrows(RemakeNotAllowedException.class, () -> history().numberForRemake(SALES, 1));
        assertEquals(
                "Your order allows 1 remake and you have used it; your admin can tell you more", refused.getMessage());
        assertTrue(assertThrows(RemakeNotAllowedException.class, () -> history().numberForRemake(SALES, 0))
                .getMessage()
                .startsWith("Your order allows 0 remakes and you have used them all"));
    }
}
