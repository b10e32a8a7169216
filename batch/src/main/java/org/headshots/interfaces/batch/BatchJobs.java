package org.headshots.interfaces.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.headshots.application.run.RunPlan;

/**
 * The one way to start and watch batch jobs. Payara ties each job to the component that started it, and
 * finds the job XML relative to it, so every start and query goes through this bean. The batch runtime
 * manages its own transactions on the job repository: calls run outside any container transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

    public static final String NODE_SELF_TEST = "node-self-test";
    public static final String MAKE_HEADSHOTS = "make-headshots";
    public static final String RETENTION_SWEEP = "retention-sweep";

    public long startNodeSelfTest(String requestedBy) {
        Properties parameters = new Properties();
        parameters.setProperty("requestedBy", requestedBy);
        return operator().start(NODE_SELF_TEST, parameters);
    }

    /**
     * Starts the batch job of a run: the person's identity first, then the plan's headshots shared among its styles.
     * The run's id is the job's one parameter; its steps load the plan ({@link ThisRun}).
     */
    public long startHeadshots(RunPlan plan) {
        Properties parameters = new Properties();
        parameters.setProperty(ThisRun.RUN_ID, Long.toString(plan.id()));
        return operator().start(MAKE_HEADSHOTS, parameters);
    }

    /**
     * Starts a retention sweep unless one runs already; gives the execution that runs now. A sweep that failed or
     * was stopped is restarted from its checkpoint rather than begun again.
     */
    public long startRetentionSweep(String requestedBy) {
        Optional<JobView> latest = latest(RETENTION_SWEEP);
        if (latest.isPresent() && !latest.get().finished()) {
            return latest.get().id();
        }
        if (latest.isPresent() && !latest.get().completed()) {
            return restart(latest.get().id());
        }
        Properties parameters = new Properties();
        parameters.setProperty("requestedBy", requestedBy);
        return operator().start(RETENTION_SWEEP, parameters);
    }

    /** Restarts a failed or stopped execution from its last checkpoints; returns the new execution. */
    public long restart(long executionId) {
        JobOperator operator = operator();
        return operator.restart(executionId, operator.getParameters(executionId));
    }

    public Optional<JobView> find(long executionId) {
        try {
            return Optional.of(view(operator().getJobExecution(executionId)));
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    /** The newest execution of a job, if it ever ran. */
    public Optional<JobView> latest(String jobName) {
        JobOperator operator = operator();
        if (!operator.getJobNames().contains(jobName)) {
            return Optional.empty();
        }
        return operator.getJobInstances(jobName, 0, 1).stream()
                .flatMap(instance -> operator.getJobExecutions(instance).stream())
                .max((a, b) -> Long.compare(a.getExecutionId(), b.getExecutionId()))
                .map(BatchJobs::view);
    }

    private static JobView view(JobExecution execution) {
        BatchStatus status = execution.getBatchStatus();
        String message = execution.getExitStatus();
        if (message != null && message.equals(status.name())) {
            message = null;
        }
        return new JobView(
                execution.getExecutionId(),
                execution.getJobName(),
                status,
                time(execution.getStartTime()),
                JobView.isFinal(status) ? time(execution.getEndTime()) : null,
                message);
    }

    private static OffsetDateTime time(Date date) {
        return date == null
                ? null
                : date.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
