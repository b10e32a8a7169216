package org.headshots.interfaces.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.headshots.application.identity.IdentityBuildService;
import org.headshots.application.identity.IdentitySummary;
import org.headshots.application.run.RunService;

/**
 * The identity build step. Its job key is the job instance's, so a restarted build asks the node for
 * the same work, which the node has kept, instead of doing it again.
 */
@Named
@Dependent
public class IdentityBuildBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    ThisRun run;

    @Inject
    IdentityBuildService identities;

    @Inject
    RunService runs;

    @Inject
    NodePatience patience;

    @Override
    public String process() {
        try {
            long start = System.nanoTime();
            IdentitySummary summary = patience.await(
                    "the identity build", () -> identities.build(run.owner(), "identity-" + job.getInstanceId()));
            runs.identityBuilt(run.id(), java.time.Duration.ofNanos(System.nanoTime() - start));
            job.setExitStatus(summary.describe());
            return summary.describe();
        } catch (RuntimeException e) {
            job.setExitStatus(RunFailure.reason(e));
            runs.failed(run.id(), RunFailure.reason(e));
            throw e;
        }
    }
}
