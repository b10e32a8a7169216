package org.headshots.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.headshots.application.fleet.FleetNode;
import org.headshots.application.fleet.NodeSelfTest;
import org.headshots.application.fleet.WorkKey;

/** Runs the self-test model on every configured GPU node and says, node by node, what went wrong. */
@ApplicationScoped
public class NodeSelfTestService {

    private final GpuFleet fleet;

    @Inject
    public NodeSelfTestService(GpuFleet fleet) {
        this.fleet = fleet;
    }

    protected NodeSelfTestService() {
        this.fleet = null;
    }

    /** @param runKey identifies this run; each node's request key is derived from it, so a rerun never doubles work */
    public SelfTestOutcome testAllNodes(String runKey) {
        List<FleetNode> nodes = fleet.nodes();
        List<NodeSelfTest> passed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        if (nodes.isEmpty()) {
            failures.add("No GPU node is configured: add one in the connector's NodeAddresses setting");
        }
        for (FleetNode node : nodes) {
            if (!node.isUp()) {
                failures.add("GPU node " + node.address() + " is down: " + node.problem());
                continue;
            }
            try {
                passed.add(fleet.selfTest(node.address(), new WorkKey(runKey + "@" + node.address())));
            } catch (FleetUnavailableException e) {
                failures.add(e.getMessage());
            }
        }
        return new SelfTestOutcome(passed, failures);
    }
}
