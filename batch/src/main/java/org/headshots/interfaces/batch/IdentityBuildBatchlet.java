package org.headshots.interfaces.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.headshots.application.identity.IdentityBuildService;
import org.headshots.application.identity.IdentitySummary;
import org.headshots.domain.people.Username;

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
    @BatchProperty
    String owner;

    @Inject
    IdentityBuildService identities;

    @Override
    public String process() {
        IdentitySummary summary = identities.build(new Username(owner), "identity-" + job.getInstanceId());
        job.setExitStatus(summary.describe());
        return summary.describe();
    }
}
