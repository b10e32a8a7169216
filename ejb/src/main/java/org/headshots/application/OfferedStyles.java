package org.headshots.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.headshots.application.fleet.FleetNode;

/**
 * The styles the GPU fleet offers: those of the nodes that are up, or, while none is, those they offered when
 * last seen (a node that is down for a minute should not stop admins from ordering).
 */
@ApplicationScoped
public class OfferedStyles {

    @Inject
    GpuFleet fleet;

    private volatile List<String> lastSeen = List.of();

    /** Sorted; empty when no node has been seen up since the server started. */
    public List<String> now() {
        Set<String> styles = new TreeSet<>();
        for (FleetNode node : fleet.nodes()) {
            if (node.isUp()) {
                styles.addAll(node.styles());
            }
        }
        if (!styles.isEmpty()) {
            lastSeen = List.copyOf(styles);
        }
        return lastSeen;
    }
}
