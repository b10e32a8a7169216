package org.headshots.interfaces.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.headshots.application.selfie.SeatsReady;

/** Starts a person's identity build as soon as their seats become ready, once that change is committed. */
@ApplicationScoped
public class IdentityBuildTrigger {

    private static final Logger LOG = Logger.getLogger(IdentityBuildTrigger.class.getName());

    @Inject
    BatchJobs jobs;

    void onReady(@Observes(during = TransactionPhase.AFTER_SUCCESS) SeatsReady ready) {
        long execution = jobs.startIdentityBuild(ready.owner().value());
        LOG.info(() -> "Identity build of " + ready.owner() + " started (job execution " + execution + ")");
    }
}
