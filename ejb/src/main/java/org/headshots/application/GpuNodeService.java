package org.headshots.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.headshots.application.fleet.FleetNode;
import org.headshots.application.fleet.PhotoCheck;
import org.headshots.application.fleet.WorkKey;
import org.headshots.domain.fleet.FleetMembership;
import org.headshots.domain.fleet.NodeAddress;
import org.headshots.domain.fleet.NodeMembership;
import org.headshots.domain.refusal.InvalidValueException;

/** What IT sees and changes of the GPU nodes; changes take effect at once and survive restarts. */
@Stateless
public class GpuNodeService {

    private static final Logger LOG = Logger.getLogger(GpuNodeService.class.getName());

    @Inject
    GpuFleet fleet;

    @Inject
    FleetMembership memberships;

    @Inject
    Clock clock;

    public List<FleetNode> nodes() {
        return fleet.nodes();
    }

    /**
     * Analyses a photo on the fleet, for IT to check that the nodes work end to end. The photo is not
     * kept; a fresh job key makes every check real work.
     */
    public PhotoCheck tryPhoto(byte[] photo) {
        if (photo == null || photo.length == 0) {
            throw new InvalidValueException("Send a photo (JPEG or PNG) as the request body");
        }
        return fleet.analyze(new WorkKey("it-check-" + UUID.randomUUID()), photo);
    }

    /** Adds a node to the fleet; adding one that is there already changes nothing but the record. */
    public void addNode(NodeAddress node, String by) {
        decide(node, true, by);
        fleet.add(node);
        LOG.info(() -> by + " added GPU node " + node);
    }

    /** Removes a node from the fleet; requests running on it go to the other nodes. */
    public void removeNode(NodeAddress node, String by) {
        decide(node, false, by);
        fleet.remove(node);
        LOG.info(() -> by + " removed GPU node " + node);
    }

    /** Applies the recorded changes to the adapter's fleet (which starts from the configured nodes). */
    public void restoreMembership() {
        for (NodeMembership membership : memberships.all()) {
            if (membership.member()) {
                fleet.add(membership.address());
            } else {
                fleet.remove(membership.address());
            }
        }
    }

    private void decide(NodeAddress node, boolean member, String by) {
        LocalDateTime now = LocalDateTime.now(clock);
        NodeMembership membership = memberships.find(node).orElse(null);
        if (membership == null) {
            memberships.store(new NodeMembership(node, member, by, now));
        } else {
            membership.decide(member, by, now);
            memberships.store(membership);
        }
    }
}
