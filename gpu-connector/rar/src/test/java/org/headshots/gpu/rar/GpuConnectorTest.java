package org.headshots.gpu.rar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.headshots.gpu.api.GpuConnection;
import org.headshots.gpu.api.GpuConnectionFactory;
import org.headshots.gpu.api.GpuNodeException;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.api.NodeAddress;
import org.headshots.gpu.api.NodeInfo;
import org.headshots.gpu.api.NodeState;
import org.headshots.gpu.api.SelfTestReport;
import org.headshots.node.GpuNodeServer;
import org.headshots.node.domain.SelfTestNetwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resource adapter and its connection factory built by hand, as the container would, against
 * real GPU nodes started in this JVM on free ports.
 */
class GpuConnectorTest {

    @TempDir
    Path models;

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private GpuResourceAdapter adapter;

    @BeforeAll
    static void noOverride() {
        assumeTrue(
                System.getProperty(GpuResourceAdapter.NODES_SYSTEM_PROPERTY) == null
                        && System.getenv(GpuResourceAdapter.NODES_ENVIRONMENT_VARIABLE) == null,
                "a node list override is set in this environment");
        TestFleet.useSecret();
    }

    @AfterEach
    void stop() throws Exception {
        if (adapter != null) {
            adapter.stop();
        }
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private GpuNodeServer node(SelfTestNetwork loaded) throws Exception {
        return node(loaded, 0);
    }

    private GpuNodeServer node(SelfTestNetwork loaded, int port) throws Exception {
        GpuNodeServer node =
                GpuNodeServer.start(TestFleet.nodeOptions(models.resolve("node" + toClose.size()), port), loaded);
        toClose.add(node);
        return node;
    }

    private GpuConnectionFactory factory(String nodeAddresses, int infoTimeoutMillis) throws Exception {
        adapter = new GpuResourceAdapter();
        adapter.setNodeAddresses(nodeAddresses);
        adapter.start(null);
        GpuManagedConnectionFactory managed = new GpuManagedConnectionFactory();
        managed.setInfoTimeoutMillis(infoTimeoutMillis);
        managed.setResourceAdapter(adapter);
        return (GpuConnectionFactory) managed.createConnectionFactory();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void listsAReachableNodeAsUpAndAnUnreachableOneAsDownWithAReadableReason() throws Exception {
        GpuNodeServer up = node(SelfTestNetwork.standard());
        int closedPort = freePort();
        GpuConnectionFactory factory = factory("127.0.0.1:" + up.port() + ", 127.0.0.1:" + closedPort, 2000);

        List<NodeInfo> nodes;
        try (GpuConnection connection = factory.getConnection()) {
            nodes = connection.nodes();
        }

        assertEquals(2, nodes.size());
        NodeInfo first = nodes.get(0);
        assertEquals(new NodeAddress("127.0.0.1", up.port()), first.address());
        assertEquals(NodeState.UP, first.state());
        assertEquals(up.device().name(), first.device());
        assertEquals(up.device().provider().wireName(), first.executionProvider());
        assertTrue(first.onnxRuntimeVersion().startsWith("1."), first.onnxRuntimeVersion());
        assertEquals(
                List.of("selftest"), first.models().stream().map(m -> m.name()).toList());
        assertEquals("built-in", first.models().get(0).pack());
        assertEquals(0, first.queueLength());
        assertNull(first.problem());

        NodeInfo second = nodes.get(1);
        assertEquals(new NodeAddress("127.0.0.1", closedPort), second.address());
        assertEquals(NodeState.DOWN, second.state());
        assertEquals("not reachable (connection refused)", second.problem());
    }

    @Test
    void aNodeThatDoesNotAnswerIsDownAfterTheDeadline() throws Exception {
        // accepts TCP connections but never speaks HTTP/2
        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            GpuConnectionFactory factory = factory("127.0.0.1:" + silent.getLocalPort(), 500);

            long start = System.nanoTime();
            List<NodeInfo> nodes;
            try (GpuConnection connection = factory.getConnection()) {
                nodes = connection.nodes();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertEquals(NodeState.DOWN, nodes.get(0).state());
            assertEquals("no answer within 500 ms", nodes.get(0).problem());
            assertTrue(millis < 1500, "took " + millis + " ms");
        }
    }

    @Test
    void aNodeThatComesBackIsSeenAtOnce() throws Exception {
        int port = freePort();
        GpuConnectionFactory factory = factory("127.0.0.1:" + port, 2000);
        try (GpuConnection connection = factory.getConnection()) {
            assertEquals(NodeState.DOWN, connection.nodes().get(0).state());
            assertEquals(NodeState.DOWN, connection.nodes().get(0).state());

            node(SelfTestNetwork.standard(), port);

            NodeInfo info = connection.nodes().get(0);
            assertEquals(NodeState.UP, info.state(), () -> "problem: " + info.problem());
        }
    }

    @Test
    void runsASelfTestThatPasses() throws Exception {
        GpuNodeServer up = node(SelfTestNetwork.standard());
        GpuConnectionFactory factory = factory("127.0.0.1:" + up.port(), 2000);
        NodeAddress address = new NodeAddress("127.0.0.1", up.port());

        SelfTestReport report;
        try (GpuConnection connection = factory.getConnection()) {
            report = connection.selfTest(address, new JobKey("selftest-" + System.nanoTime()));
        }

        assertEquals(address, report.node());
        assertEquals("selftest", report.model());
        assertEquals(up.device().name(), report.device());
        assertEquals(up.device().provider().wireName(), report.executionProvider());
        assertTrue(report.inferenceTime().toNanos() > 0);
        assertTrue(report.maxAbsoluteError() <= 1e-5, "error " + report.maxAbsoluteError());
    }

    @Test
    void aFailingSelfTestNamesTheNodeAndSaysWhy() throws Exception {
        GpuNodeServer faulty = node(SelfTestNetwork.standard().withWeightsScaledBy(1.01));
        GpuConnectionFactory factory = factory("127.0.0.1:" + faulty.port(), 2000);
        NodeAddress address = new NodeAddress("127.0.0.1", faulty.port());

        try (GpuConnection connection = factory.getConnection()) {
            GpuNodeException e = assertThrows(
                    GpuNodeException.class, () -> connection.selfTest(address, new JobKey("selftest-bad")));
            assertEquals(address.toString(), e.node());
            assertTrue(
                    e.getMessage()
                            .startsWith("GPU node " + address + ": self-test model 'selftest' failed on provider "),
                    e.getMessage());
            assertTrue(e.getMessage().contains("differs from the reference computation"), e.getMessage());
        }
    }

    @Test
    void aSelfTestOnAnUnreachableNodeSaysSo() throws Exception {
        int closedPort = freePort();
        GpuConnectionFactory factory = factory("localhost:" + closedPort, 2000);
        NodeAddress address = new NodeAddress("localhost", closedPort);

        try (GpuConnection connection = factory.getConnection()) {
            GpuNodeException e =
                    assertThrows(GpuNodeException.class, () -> connection.selfTest(address, new JobKey("selftest-3")));
            assertEquals("GPU node localhost:" + closedPort + ": not reachable (connection refused)", e.getMessage());

            GpuNodeException unknown = assertThrows(
                    GpuNodeException.class,
                    () -> connection.selfTest(new NodeAddress("elsewhere", 1), new JobKey("selftest-4")));
            assertTrue(
                    unknown.getMessage().startsWith("GPU node elsewhere:1: is not one of the GPU nodes"),
                    unknown.getMessage());
        }
    }

    @Test
    void stoppingTheAdapterStopsEveryThreadItStarted() throws Exception {
        GpuNodeServer up = node(SelfTestNetwork.standard());
        GpuConnectionFactory factory = factory("127.0.0.1:" + up.port() + ",127.0.0.1:" + freePort(), 2000);
        try (GpuConnection connection = factory.getConnection()) {
            connection.nodes();
        }
        assertTrue(!adapterThreads().isEmpty(), "the adapter's threads run while it is started");

        adapter.stop();
        adapter = null;

        // a pool's worker has been counted out before its thread has quite ended: give it a moment under load
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (!adapterThreads().isEmpty() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertEquals(List.of(), adapterThreads());
    }

    private static List<String> adapterThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("headshots-gpu-"))
                .sorted()
                .toList();
    }

    @Test
    void aClosedConnectionCannotBeUsed() throws Exception {
        GpuConnectionFactory factory = factory("127.0.0.1:" + freePort(), 2000);
        GpuConnection connection = factory.getConnection();
        connection.close();
        connection.close();
        assertThrows(IllegalStateException.class, connection::nodes);
    }

    @Test
    void aStoppedAdapterGivesNoConnections() throws Exception {
        GpuConnectionFactory factory = factory("127.0.0.1:" + freePort(), 2000);
        adapter.stop();
        GpuNodeException e = assertThrows(GpuNodeException.class, factory::getConnection);
        assertEquals("GPU nodes: no connection from the pool: The GPU resource adapter is not started", e.getMessage());
    }
}
