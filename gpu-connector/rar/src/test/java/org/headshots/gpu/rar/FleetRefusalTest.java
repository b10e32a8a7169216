package org.headshots.gpu.rar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.headshots.gpu.api.GpuConnection;
import org.headshots.gpu.api.GpuConnectionFactory;
import org.headshots.gpu.api.GpuNodeException;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.api.NodeInfo;
import org.headshots.gpu.api.NodeState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests that cannot be served fail in time, saying why: wrong credentials, no node up. */
class FleetRefusalTest {

    @TempDir
    Path work;

    private GpuResourceAdapter adapter;
    private NodeProcess node;

    @BeforeAll
    static void secret() {
        TestFleet.useSecret();
    }

    @AfterEach
    void stop() throws Exception {
        if (adapter != null) {
            adapter.stop();
        }
        if (node != null) {
            node.close();
        }
    }

    private GpuConnectionFactory factory(String nodes, int analyzeTimeoutMillis) throws Exception {
        adapter = new GpuResourceAdapter();
        adapter.setNodeAddresses(nodes);
        adapter.start(null);
        GpuManagedConnectionFactory managed = new GpuManagedConnectionFactory();
        managed.setResourceAdapter(adapter);
        managed.setAnalyzeTimeoutMillis(analyzeTimeoutMillis);
        return (GpuConnectionFactory) managed.createConnectionFactory();
    }

    @Test
    void aNodeWithAnotherSecretRefusesTheServerAndTheServerSaysSo() throws Exception {
        node = NodeProcess.start(work.resolve("models"), "a-different-secret-for-this-node", work);
        GpuConnectionFactory factory = factory(node.address().toString(), 5000);
        try (GpuConnection connection = factory.getConnection()) {
            NodeInfo info = connection.nodes().get(0);
            assertEquals(NodeState.DOWN, info.state());
            assertTrue(
                    info.problem().contains("refused access") && info.problem().contains("wrong credentials"),
                    info.problem());
            GpuNodeException e = assertThrows(
                    GpuNodeException.class,
                    () -> connection.analyze(new JobKey("refused"), new byte[] {1, 2, 3}, false));
            assertTrue(e.getMessage().contains("wrong credentials"), e.getMessage());
        }
        assertTrue(
                node.output().contains("Refused headshots.node.v1.GpuNode/GetInfo: wrong credentials"), node.output());
    }

    @Test
    void withNoNodeUpARequestFailsWithinItsDeadlineWithAReadableReason() throws Exception {
        int closed = TestFleet.freePort();
        GpuConnectionFactory factory = factory("127.0.0.1:" + closed, 3000);
        long start = System.nanoTime();
        GpuNodeException e;
        try (GpuConnection connection = factory.getConnection()) {
            e = assertThrows(
                    GpuNodeException.class,
                    () -> connection.analyze(new JobKey("nobody"), TestFleet.photo("astronaut.png"), false));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 3000, "took " + millis + " ms");
        assertEquals(
                "GPU nodes: no GPU node could do the photo analysis: 127.0.0.1:" + closed
                        + ": not reachable (connection refused)",
                e.getMessage());
    }
}
