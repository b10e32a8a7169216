package org.headshots.infrastructure.gpu;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.headshots.application.GpuNodeService;

/** At start, brings the resource adapter's fleet to what IT last decided (nodes added or removed while running). */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FleetMembershipAtStart {

    private static final Logger LOG = Logger.getLogger(FleetMembershipAtStart.class.getName());

    @Inject
    GpuNodeService nodes;

    @PostConstruct
    void restore() {
        try {
            nodes.restoreMembership();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not restore the GPU fleet changes IT made; the configured nodes are used", e);
        }
    }
}
