package org.headshots.gpu.rar;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.headshots.gpu.api.NodeAddress;

/**
 * Picks the node for a request: among the nodes that are up and have what the request needs, the
 * least loaded (jobs per slot as the node last reported them, plus what this server sent since),
 * then the one with fewer requests from this server, then the first added.
 */
final class Dispatcher {

    private Dispatcher() {}

    static Optional<NodeLink> choose(Collection<NodeLink> links, Need need, Set<NodeAddress> excluded) {
        return links.stream()
                .filter(link -> !excluded.contains(link.address()))
                .filter(link -> need.metBy(link.latest()))
                .min(Comparator.comparingDouble(NodeLink::load).thenComparingInt(NodeLink::inFlight));
    }
}
