package org.headshots.domain.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.Test;

class HeadshotRunTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.UTC);

    private final HeadshotRun run = new HeadshotRun(
            new Username("frank"),
            new Organisation("globex.example"),
            new OrderId(7),
            1,
            99,
            new HeadshotPlan(12, List.of("studio-grey", "brand-colour"), "#1A4B8C", 2),
            NOW);

    @Test
    void aNewRunWaitsWithThePlanOfItsOrder() {
        assertEquals(RunStatus.QUEUED, run.status());
        assertEquals(RunStage.WAITING, run.stage());
        assertEquals(List.of("studio-grey", "brand-colour"), run.styles());
        assertEquals(Optional.of("#1a4b8c"), run.brandColour());
        assertEquals(12, run.headshotCount());
        assertEquals(Optional.empty(), run.execution());
    }

    @Test
    void aFailedRunIsRetriedWithItsExecutionSoItResumes() {
        run.started(5, NOW);
        run.makingHeadshots();
        run.failed("No GPU node has been up for 10 minutes", NOW.plusMinutes(11));
        assertEquals(RunStage.FAILED, run.stage());
        assertEquals(Optional.of("No GPU node has been up for 10 minutes"), run.reason());

        run.retry(NOW.plusMinutes(20));
        assertEquals(RunStatus.QUEUED, run.status());
        assertEquals(Optional.of(5L), run.execution());
        run.started(9, NOW.plusMinutes(20));
        assertEquals(Optional.empty(), run.reason());
        assertThrows(IllegalStateException.class, () -> run.started(10, NOW), "already running");
    }

    @Test
    void aRunInterruptedByACrashIsQueuedToResume() {
        run.started(5, NOW);
        run.interrupted(NOW.plusMinutes(1));
        assertEquals(RunStatus.QUEUED, run.status());
        assertThrows(IllegalStateException.class, () -> run.started(4, NOW), "an older execution");
    }

    @Test
    void onlyRunningRunsCompleteAndCompletedOnesStayCompleted() {
        assertThrows(IllegalStateException.class, () -> run.completed(NOW));
        run.started(5, NOW);
        run.completed(NOW.plusMinutes(2));
        assertEquals(RunStage.DONE, run.stage());
        assertThrows(IllegalStateException.class, () -> run.failed("late", NOW));
        assertThrows(IllegalStateException.class, () -> run.retry(NOW));
    }

    @Test
    void aLongReasonIsShortenedToFit() {
        run.failed("x".repeat(5000), NOW);
        assertTrue(run.reason().orElseThrow().length() <= HeadshotRun.MAX_REASON);
    }
}
