package org.headshots.interfaces.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headshots.application.selfie.SeatsReady;

/**
 * Starts making a person's headshots as soon as their seats become ready, once that change is committed:
 * {@code headshots.generation.count} (default 40) in the styles {@code headshots.generation.styles}.
 */
@ApplicationScoped
public class HeadshotsTrigger {

    private static final Logger LOG = Logger.getLogger(HeadshotsTrigger.class.getName());

    @Inject
    BatchJobs jobs;

    @Inject
    @ConfigProperty(name = "headshots.generation.styles", defaultValue = "studio-grey,office-blue,white-clean,warm-neutral")
    List<String> styles;

    @Inject
    @ConfigProperty(name = "headshots.generation.count", defaultValue = "40")
    int count;

    void onReady(@Observes(during = TransactionPhase.AFTER_SUCCESS) SeatsReady ready) {
        long execution = jobs.startHeadshots(ready.owner().value(), 1, styles, count);
        LOG.info(() -> "Headshots of " + ready.owner() + " started (job execution " + execution + ")");
    }
}
