package org.headshots.application;

import java.util.List;
import org.headshots.application.fleet.BuiltIdentity;
import org.headshots.application.fleet.FleetNode;
import org.headshots.application.fleet.HeadshotRequest;
import org.headshots.application.fleet.MadeHeadshot;
import org.headshots.application.fleet.NodeSelfTest;
import org.headshots.application.fleet.PhotoCheck;
import org.headshots.application.fleet.WorkKey;
import org.headshots.domain.fleet.NodeAddress;

/**
 * The GPU nodes, in the application's words. Every method may throw {@link FleetUnavailableException} when no
 * node can do the work now, and {@link WorkRejectedException} when a node refused the work itself.
 */
public interface GpuFleet {

    List<FleetNode> nodes();

    NodeSelfTest selfTest(NodeAddress node, WorkKey key);

    void add(NodeAddress node);

    void remove(NodeAddress node);

    PhotoCheck analyze(WorkKey key, byte[] photo);

    BuiltIdentity buildIdentity(WorkKey key, List<byte[]> photos);

    /** Headshots {@code from} to {@code to} (exclusive) of a generation job. */
    List<MadeHeadshot> generate(WorkKey key, HeadshotRequest request, int from, int to);
}
