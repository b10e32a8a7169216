package org.headshots.gpu.rar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.ResourceAdapterInternalException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.headshots.gpu.api.GpuConnection;
import org.headshots.gpu.api.GpuConnectionFactory;
import org.headshots.gpu.api.GpuNodeException;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.api.NodeInfo;
import org.headshots.gpu.api.NodeState;
import org.headshots.gpu.api.SelfTestReport;
import org.headshots.node.GpuNodeServer;
import org.headshots.node.infrastructure.tls.LocalCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter and a node with TLS: signed calls over mutual TLS, and every way a link is refused. */
class FleetTlsTest {

    @TempDir
    Path work;

    private LocalCertificates certificates;
    private GpuNodeServer node;
    private GpuResourceAdapter adapter;

    @BeforeAll
    static void secret() {
        TestFleet.useSecret();
    }

    @BeforeEach
    void startNode() throws Exception {
        certificates = TestFleet.certificates(work.resolve("tls"));
        node = GpuNodeServer.start(TestFleet.nodeOptions(work.resolve("models"), 0, TestFleet.nodeTls(certificates)));
    }

    @AfterEach
    void stop() {
        if (adapter != null) {
            adapter.stop();
        }
        node.close();
    }

    private GpuConnectionFactory factory() throws Exception {
        adapter.setNodeAddresses("127.0.0.1:" + node.port());
        adapter.start(null);
        GpuManagedConnectionFactory managed = new GpuManagedConnectionFactory();
        managed.setResourceAdapter(adapter);
        managed.setAnalyzeTimeoutMillis(5000);
        return (GpuConnectionFactory) managed.createConnectionFactory();
    }

    @Test
    void callsANodeOverMutualTls() throws Exception {
        adapter = new GpuResourceAdapter();
        TestFleet.useTls(adapter, certificates);
        try (GpuConnection connection = factory().getConnection()) {
            assertEquals(
                    NodeState.UP,
                    connection.nodes().get(0).state(),
                    connection.nodes().toString());
            SelfTestReport report =
                    connection.selfTest(connection.nodes().get(0).address(), new JobKey("tls-1"));
            assertEquals("selftest", report.model());
        }
    }

    @Test
    void aPlaintextAdapterCannotReachATlsNode() throws Exception {
        adapter = new GpuResourceAdapter();
        try (GpuConnection connection = factory().getConnection()) {
            NodeInfo info = connection.nodes().get(0);
            assertEquals(NodeState.DOWN, info.state(), info.toString());
        }
    }

    @Test
    void refusesANodeWhoseCertificateComesFromAnotherAuthority() throws Exception {
        LocalCertificates strangers = TestFleet.certificates(work.resolve("strangers"));
        adapter = new GpuResourceAdapter();
        TestFleet.useTls(adapter, strangers);
        try (GpuConnection connection = factory().getConnection()) {
            NodeInfo info = connection.nodes().get(0);
            assertEquals(NodeState.DOWN, info.state(), info.toString());
            assertTrue(
                    info.problem().contains("the node's certificate is not issued by the trusted CA"), info.problem());
        }
    }

    @Test
    void tlsFilesItCannotReadRefuseEveryCallSayingSoInsteadOfFallingBackToPlaintext() throws Exception {
        adapter = new GpuResourceAdapter();
        TestFleet.useTls(adapter, certificates);
        adapter.setTlsKeyFile(work.resolve("no-such.key").toString());
        try (GpuConnection connection = factory().getConnection()) {
            NodeInfo info = connection.nodes().get(0);
            assertEquals(NodeState.DOWN, info.state());
            assertTrue(info.problem().contains("the TLS files cannot be used"), info.problem());
            assertTrue(info.problem().contains("no-such.key"), info.problem());
            GpuNodeException e = assertThrows(
                    GpuNodeException.class,
                    () -> connection.analyze(new JobKey("refused"), new byte[] {1, 2, 3}, false));
            assertTrue(e.getMessage().contains("the TLS files cannot be used"), e.getMessage());
        }
    }

    @Test
    void refusesToStartWithHalfATlsConfiguration() {
        adapter = new GpuResourceAdapter();
        adapter.setTlsCertificateFile(certificates.file("app.pem").toString());
        ResourceAdapterInternalException e = assertThrows(ResourceAdapterInternalException.class, this::factory);
        assertTrue(e.getMessage().contains("TlsKeyFile"), e.getMessage());
        adapter = null;
    }

    @Test
    void aReplacedClientCertificateIsUsedWhenTheLinkReconnects() throws Exception {
        LocalCertificates strangers = TestFleet.certificates(work.resolve("strangers"));
        Path mine = Files.createDirectories(work.resolve("app"));
        copy(strangers.file("app.pem"), mine.resolve("app.pem"));
        copy(strangers.file("app.key"), mine.resolve("app.key"));
        adapter = new GpuResourceAdapter();
        TestFleet.useTls(adapter, certificates);
        adapter.setTlsCertificateFile(mine.resolve("app.pem").toString());
        adapter.setTlsKeyFile(mine.resolve("app.key").toString());
        try (GpuConnection connection = factory().getConnection()) {
            NodeInfo refused = connection.nodes().get(0);
            assertEquals(NodeState.DOWN, refused.state());
            assertTrue(refused.problem().contains("TLS handshake failed"), refused.problem());

            copy(certificates.file("app.key"), mine.resolve("app.key"));
            copy(certificates.file("app.pem"), mine.resolve("app.pem"));

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            NodeInfo info = connection.nodes().get(0);
            while (info.state() != NodeState.UP && System.nanoTime() < deadline) {
                Thread.sleep(250);
                info = connection.nodes().get(0);
            }
            assertEquals(NodeState.UP, info.state(), info.toString());
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        Path temporary =
                Files.copy(from, to.resolveSibling(to.getFileName() + ".new"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
