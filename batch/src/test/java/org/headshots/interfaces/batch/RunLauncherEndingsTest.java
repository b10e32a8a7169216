package org.headshots.interfaces.batch;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headshots.application.GpuFleet;
import org.headshots.application.run.RunService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the launcher notes the end of a run's job, the database's outages included. */
class RunLauncherEndingsTest {

    private static final long RUN = 7;
    private static final long EXECUTION = 41;

    private final RunLauncher launcher = new RunLauncher();
    private final RunService runs = mock(RunService.class);
    private final BatchJobs jobs = mock(BatchJobs.class);

    @BeforeEach
    void wire() {
        launcher.runs = runs;
        launcher.jobs = jobs;
        launcher.fleet = mock(GpuFleet.class);
        launcher.patience = mock(NodePatience.class);
        launcher.here = new ExecutionsHere();
        when(launcher.fleet.nodes()).thenReturn(List.of());
        when(launcher.patience.limit()).thenReturn(Duration.ofMinutes(10));
        when(runs.runningExecutions()).thenReturn(Map.of(RUN, EXECUTION));
    }

    private void jobIs(BatchStatus status, String message) {
        when(jobs.find(EXECUTION))
                .thenReturn(Optional.of(
                        new JobView(EXECUTION, "make-headshots", status, OffsetDateTime.now(), null, message)));
    }

    @Test
    void aJobThatEndedWhileTheDatabaseCouldNotRecordItResumesAfterTwoRoundsWithoutIt() {
        jobIs(BatchStatus.STARTED, null);

        launcher.launch();
        verify(runs, never()).interrupted(anyLong());

        launcher.launch();
        verify(runs).interrupted(RUN);
        verify(runs, never()).failed(anyLong(), anyString());
    }

    @Test
    void aJobThisServerRunsIsLeftAloneHoweverLong() {
        jobIs(BatchStatus.STARTED, null);
        launcher.here.began(EXECUTION);

        for (int round = 0; round < 5; round++) {
            launcher.launch();
        }
        verify(runs, never()).interrupted(anyLong());
    }

    @Test
    void aJobJustStartingIsNotTakenForLost() {
        jobIs(BatchStatus.STARTING, null);

        launcher.launch();
        launcher.launch();
        launcher.launch();
        verify(runs, never()).interrupted(anyLong());
    }

    @Test
    void aJobThatFailedWithoutFailingItsRunResumesThreeTimesThenTheRunFailsWithTheReason() {
        jobIs(BatchStatus.FAILED, "could not write to the database");

        for (int round = 0; round < 3; round++) {
            launcher.launch();
        }
        verify(runs, times(3)).interrupted(RUN);
        verify(runs, never()).failed(anyLong(), anyString());

        launcher.launch();
        verify(runs).failed(RUN, "could not write to the database");
    }

    @Test
    void aCompletedJobCompletesItsRunAndAStoppedOneFailsIt() {
        jobIs(BatchStatus.COMPLETED, null);
        launcher.launch();
        verify(runs).completed(RUN);

        jobIs(BatchStatus.STOPPED, null);
        launcher.launch();
        verify(runs).failed(RUN, "The job stopped without saying why; retry it");
        verify(runs, never()).interrupted(anyLong());
    }
}
