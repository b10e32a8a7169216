package org.headshots.domain.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.Test;

class FairShareTest {

    private static final OffsetDateTime NINE = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.UTC);

    private static HeadshotRun run(long order, String owner, int minutesAfterNine) {
        return new HeadshotRun(
                new Username(owner),
                new Organisation("globex.example"),
                new OrderId(order),
                1,
                42,
                HeadshotPlan.standard(),
                NINE.plusMinutes(minutesAfterNine));
    }

    private static List<String> owners(List<HeadshotRun> runs) {
        return runs.stream().map(run -> run.owner().value()).toList();
    }

    @Test
    void aLargeDepartmentQueuedFirstDoesNotKeepASmallOneWaiting() {
        List<HeadshotRun> queued = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            queued.add(run(1, "sales" + i, i));
        }
        queued.add(run(2, "design0", 60));
        queued.add(run(2, "design1", 61));

        List<HeadshotRun> next = FairShare.next(queued, List.of(), 4);

        assertEquals(List.of("sales0", "design0", "sales1", "design1"), owners(next));
    }

    @Test
    void runsGoingCountTowardsTheirOrdersShare() {
        List<HeadshotRun> running = List.of(run(1, "sales0", 0), run(1, "sales1", 1));
        List<HeadshotRun> queued = List.of(run(1, "sales2", 2), run(2, "design0", 30), run(3, "legal0", 40));

        assertEquals(List.of("design0", "legal0", "sales2"), owners(FairShare.next(queued, running, 3)));
        assertEquals(List.of("design0"), owners(FairShare.next(queued, running, 1)));
    }

    @Test
    void noPlacesStartsNothing() {
        assertEquals(List.of(), FairShare.next(List.of(run(1, "sales0", 0)), List.of(), 0));
        assertEquals(List.of(), FairShare.next(List.of(run(1, "sales0", 0)), List.of(), -2));
    }
}
