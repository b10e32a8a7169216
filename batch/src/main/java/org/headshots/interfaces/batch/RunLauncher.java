package org.headshots.interfaces.batch;

import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.headshots.application.GpuFleet;
import org.headshots.application.fleet.FleetNode;
import org.headshots.application.run.RunPlan;
import org.headshots.application.run.RunService;

/**
 * Starts queued runs as the GPU nodes have room (their total capacity, shared fairly between orders),
 * notes how the started ones ended, and at start-up resumes the runs that a stopped server left running.
 * With no node up for longer than {@code headshots.generation.node-wait-minutes}, queued runs fail with a
 * reason people can act on, and can be retried.
 */
@Singleton
@Startup
@DependsOn("headshots-ejb.jar#DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RunLauncher {

    private static final Logger LOG = Logger.getLogger(RunLauncher.class.getName());
    /** How often one run resumes on its own, after its job stopped without failing the run, before it fails. */
    private static final int AUTOMATIC_RESUMES = 3;

    @Inject
    RunService runs;

    @Inject
    BatchJobs jobs;

    @Inject
    GpuFleet fleet;

    @Inject
    InterruptedExecutions interrupted;

    @Inject
    NodePatience patience;

    @Inject
    ExecutionsHere here;

    @Inject
    ScheduledRounds rounds;

    private Instant noNodeSince;
    private Set<Long> unaccounted = Set.of();
    private final Map<Long, Integer> automaticResumes = new HashMap<>();

    // not named start: Payara finds a lifecycle method by its name, and start(RunPlan) would be taken for it
    @PostConstruct
    void resumeAndSchedule() {
        resumeInterruptedRuns();
        rounds.every("Launching runs", Duration.ofSeconds(3), Duration.ofMinutes(5), this::launch);
    }

    private void resumeInterruptedRuns() {
        for (long execution : runs.requeueInterrupted()) {
            try {
                interrupted.markFailed(execution);
                LOG.info(() -> "Job execution " + execution + " was running when the server stopped; it resumes from"
                        + " its last checkpoint");
            } catch (RuntimeException e) {
                LOG.log(
                        Level.SEVERE,
                        "Job execution " + execution + " was running when the server stopped and cannot"
                                + " be marked as such; its run stays queued",
                        e);
            }
        }
    }

    void launch() {
        notedEndings();
        int places = fleet.nodes().stream()
                .filter(FleetNode::isUp)
                .mapToInt(FleetNode::capacity)
                .sum();
        if (places == 0) {
            failRunsWaitingForNoNode();
            return;
        }
        noNodeSince = null;
        for (long id : runs.runsToStart(places)) {
            start(runs.plan(id));
        }
    }

    private void start(RunPlan plan) {
        try {
            long execution = plan.execution() == null ? jobs.startHeadshots(plan) : resume(plan.execution());
            runs.started(plan.id(), execution);
            LOG.info(() -> "Run " + plan.run() + " of " + plan.owner() + " started (job execution " + execution + ")");
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Run " + plan.run() + " of " + plan.owner() + " could not start; it stays queued",
                    e);
        }
    }

    private long resume(long execution) {
        if (jobs.find(execution).filter(job -> !job.finished()).isPresent()) {
            interrupted.markFailed(execution);
        }
        return jobs.restart(execution);
    }

    /**
     * Runs whose job has ended: completed, or failed with the reason the job gave. A job that failed without
     * failing its run (the database went away under it, say) and a job the repository shows running that this
     * server no longer runs, twice in a row (it ended while the database could not record it) resume from
     * their checkpoints, a few times at most.
     */
    private void notedEndings() {
        Set<Long> notRunningHere = new HashSet<>();
        for (Map.Entry<Long, Long> running : runs.runningExecutions().entrySet()) {
            long run = running.getKey();
            long execution = running.getValue();
            Optional<JobView> job = jobs.find(execution);
            if (job.filter(JobView::finished).isPresent()) {
                ended(run, job.get());
            } else if (job.filter(view -> view.status() == BatchStatus.STARTED).isPresent()
                    && !here.isRunning(execution)) {
                if (unaccounted.contains(execution)) {
                    resumeOrFail(run, "its job stopped while the database could not record it", null);
                } else {
                    notRunningHere.add(execution);
                }
            }
        }
        unaccounted = notRunningHere;
    }

    private void ended(long run, JobView job) {
        if (job.completed()) {
            automaticResumes.remove(run);
            runs.completed(run);
        } else if (job.status() == BatchStatus.FAILED) {
            resumeOrFail(run, "its job failed without a reason of its own", job.message());
        } else {
            runs.failed(run, reasonOf(job));
        }
    }

    private void resumeOrFail(long run, String what, String message) {
        int resumes = automaticResumes.merge(run, 1, Integer::sum);
        if (resumes <= AUTOMATIC_RESUMES) {
            runs.interrupted(run);
            LOG.warning(() -> "Run " + run + ": " + what + (message == null ? "" : " (" + message + ")")
                    + "; it resumes from its last checkpoint (" + resumes + " of " + AUTOMATIC_RESUMES + ")");
        } else {
            automaticResumes.remove(run);
            runs.failed(
                    run,
                    message == null
                            ? "The job stopped " + (resumes - 1) + " times without saying why; retry it"
                            : message);
        }
    }

    private static String reasonOf(JobView job) {
        return job.message() == null
                ? "The job " + job.status().name().toLowerCase(java.util.Locale.ROOT) + " without saying why; retry it"
                : job.message();
    }

    private void failRunsWaitingForNoNode() {
        Instant now = Instant.now();
        if (noNodeSince == null) {
            noNodeSince = now;
        }
        Duration wait = patience.limit();
        if (Duration.between(noNodeSince, now).compareTo(wait) > 0) {
            runs.failWaitingLongerThan(
                    wait,
                    "No GPU node has been up for " + patience.limitInWords()
                            + ", so your headshots could not be made. IT can add or restart a node on the Nodes page;"
                            + " then retry.");
        }
    }
}
