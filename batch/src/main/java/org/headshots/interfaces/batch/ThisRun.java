package org.headshots.interfaces.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.headshots.application.run.RunPlan;
import org.headshots.application.run.RunService;
import org.headshots.domain.people.Username;

/**
 * The run a make-headshots job makes, for its steps: the job's one parameter is the run's id ({@link #RUN_ID}), and
 * everything else (owner, run number, styles, count, seed, brand colour) is the run's plan, loaded once for each
 * step artifact that asks.
 */
@Dependent
public class ThisRun {

    /** The job parameter that names the run. */
    static final String RUN_ID = "runId";

    @Inject
    JobContext job;

    @Inject
    RunService runs;

    private RunPlan plan;

    long id() {
        return Long.parseLong(BatchRuntime.getJobOperator()
                .getParameters(job.getExecutionId())
                .getProperty(RUN_ID));
    }

    RunPlan plan() {
        if (plan == null) {
            plan = runs.plan(id());
        }
        return plan;
    }

    Username owner() {
        return new Username(plan().owner());
    }

    int number() {
        return plan().run();
    }
}
