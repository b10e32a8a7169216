package org.headshots.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.headshots.application.fleet.BuiltIdentity;
import org.headshots.application.fleet.FleetNode;
import org.headshots.application.fleet.HeadshotRequest;
import org.headshots.application.fleet.MadeHeadshot;
import org.headshots.application.fleet.NodeSelfTest;
import org.headshots.application.fleet.PhotoCheck;
import org.headshots.application.fleet.WorkKey;
import org.headshots.domain.fleet.NodeAddress;
import org.junit.jupiter.api.Test;

class NodeSelfTestServiceTest {

    private static final NodeAddress A = NodeAddress.parse("gpu-a:50051");
    private static final NodeAddress B = NodeAddress.parse("gpu-b:50051");

    /** A fleet whose answers the test sets; records the keys it was asked with. */
    private static final class ScriptedFleet implements GpuFleet {
        final List<FleetNode> nodes = new ArrayList<>();
        final List<NodeAddress> failing = new ArrayList<>();
        final List<WorkKey> keys = new ArrayList<>();

        @Override
        public List<FleetNode> nodes() {
            return nodes;
        }

        @Override
        public NodeSelfTest selfTest(NodeAddress node, WorkKey key) {
            keys.add(key);
            if (failing.contains(node)) {
                throw new FleetUnavailableException(
                        "GPU node " + node + ": output differs from the reference by 0.5",
                        "output differs from the reference by 0.5",
                        null);
            }
            return new NodeSelfTest(node, "selftest", "CPU", "CPU", Duration.ofMillis(3), 1e-7);
        }

        @Override
        public void add(NodeAddress node) {
            throw new UnsupportedOperationException("not part of the self-test");
        }

        @Override
        public void remove(NodeAddress node) {
            throw new UnsupportedOperationException("not part of the self-test");
        }

        @Override
        public PhotoCheck analyze(WorkKey key, byte[] photo) {
            throw new UnsupportedOperationException("not part of the self-test");
        }

        @Override
        public BuiltIdentity buildIdentity(WorkKey key, List<byte[]> photos) {
            throw new UnsupportedOperationException("not part of the self-test");
        }

        @Override
        public List<MadeHeadshot> generate(WorkKey key, HeadshotRequest request, int from, int to) {
            throw new UnsupportedOperationException("not part of the self-test");
        }
    }

    private static FleetNode up(NodeAddress address) {
        return new FleetNode(
                address,
                FleetNode.State.UP,
                "CPU",
                "CPU",
                "1.23.2",
                List.of(new FleetNode.Model("selftest", "selftest", "built-in", "selftest", "", "", "")),
                List.of(),
                List.of(),
                2,
                0,
                List.of(),
                null);
    }

    @Test
    void allNodesUpAndCorrectPasses() {
        ScriptedFleet fleet = new ScriptedFleet();
        fleet.nodes.add(up(A));
        fleet.nodes.add(up(B));

        SelfTestOutcome outcome = new NodeSelfTestService(fleet).testAllNodes("run-7");

        assertTrue(outcome.succeeded());
        assertEquals(2, outcome.passed().size());
        assertEquals(List.of(new WorkKey("run-7@gpu-a:50051"), new WorkKey("run-7@gpu-b:50051")), fleet.keys);
        assertTrue(outcome.summary().contains("gpu-a:50051 passed on CPU"), outcome.summary());
    }

    @Test
    void aDownNodeFailsTheRunAndIsNamedWithItsCause() {
        ScriptedFleet fleet = new ScriptedFleet();
        fleet.nodes.add(up(A));
        fleet.nodes.add(FleetNode.down(B, "connection refused"));

        SelfTestOutcome outcome = new NodeSelfTestService(fleet).testAllNodes("run-8");

        assertFalse(outcome.succeeded());
        assertTrue(outcome.summary().startsWith("GPU node gpu-b:50051 is down: connection refused"), outcome.summary());
    }

    @Test
    void aWrongAnswerIsReportedWithTheNode() {
        ScriptedFleet fleet = new ScriptedFleet();
        fleet.nodes.add(up(A));
        fleet.failing.add(A);

        SelfTestOutcome outcome = new NodeSelfTestService(fleet).testAllNodes("run-9");

        assertFalse(outcome.succeeded());
        assertEquals(List.of("GPU node gpu-a:50051: output differs from the reference by 0.5"), outcome.failures());
    }

    @Test
    void noNodeAtAllIsAFailureThatSaysWhatToDo() {
        SelfTestOutcome outcome = new NodeSelfTestService(new ScriptedFleet()).testAllNodes("run-10");

        assertFalse(outcome.succeeded());
        assertTrue(outcome.summary().contains("No GPU node is configured"), outcome.summary());
    }
}
