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

    public long startNodeSelfTest(String requestedBy) {
        Properties parameters = new Properties();
        parameters.setProperty("requestedBy", requestedBy);
        return operator().start(NODE_SELF_TEST, parameters);
    }

    /**
     * Makes run {@code run} of the person's headshots: their identity first, then {@code count}
     * headshots shared among the styles.
     */
    public long startHeadshots(String owner, int run, java.util.List<String> styles, int count) {
        Properties parameters = new Properties();
        parameters.setProperty("owner", owner);
        parameters.setProperty("run", Integer.toString(run));
        parameters.setProperty("styles", String.join(",", styles));
        parameters.setProperty("count", Integer.toString(count));
        return operator().start(MAKE_HEADSHOTS, parameters);
    }

    /** The person's headshot jobs, newest first, with the number of headshots each makes. */
    public java.util.List<PersonJob> headshotJobsOf(String owner) {
        JobOperator operator = operator();
        if (!operator.getJobNames().contains(MAKE_HEADSHOTS)) {
            return java.util.List.of();
        }
        return operator.getJobInstances(MAKE_HEADSHOTS, 0, 1000).stream()
                .flatMap(instance -> operator.getJobExecutions(instance).stream()
                        .max((a, b) -> Long.compare(a.getExecutionId(), b.getExecutionId())).stream())
                .filter(execution -> owner.equals(execution.getJobParameters().getProperty("owner")))
                .sorted((a, b) -> Long.compare(b.getExecutionId(), a.getExecutionId()))
                .map(execution -> new PersonJob(view(execution), stage(operator, execution.getExecutionId()),
                        Integer.parseInt(execution.getJobParameters().getProperty("count", "0"))))
                .toList();
    }

    /** The step running or last run: "build-identity" or "generate". */
    private static String stage(JobOperator operator, long executionId) {
        return operator.getStepExecutions(executionId).stream()
                .max((a, b) -> Long.compare(a.getStepExecutionId(), b.getStepExecutionId()))
                .map(jakarta.batch.runtime.StepExecution::getStepName).orElse("starting");
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
        boolean ended = status == BatchStatus.COMPLETED || status == BatchStatus.FAILED
                || status == BatchStatus.STOPPED || status == BatchStatus.ABANDONED;
        String message = execution.getExitStatus();
        if (message != null && message.equals(status.name())) {
            message = null;
        }
        return new JobView(execution.getExecutionId(), execution.getJobName(), status.name(),
                time(execution.getStartTime()), ended ? time(execution.getEndTime()) : null, message);
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

}
