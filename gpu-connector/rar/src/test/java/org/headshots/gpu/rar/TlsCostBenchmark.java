package org.headshots.gpu.rar;

import io.grpc.ChannelCredentials;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.headshots.gpu.api.GpuConnection;
import org.headshots.gpu.api.GpuConnectionFactory;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.wire.ReloadingTls;
import org.headshots.gpu.wire.SigningInterceptor;
import org.headshots.gpu.wire.TlsFiles;
import org.headshots.gpu.wire.v1.GpuNodeGrpc;
import org.headshots.gpu.wire.v1.InfoRequest;
import org.headshots.node.GpuNodeServer;
import org.headshots.node.infrastructure.tls.LocalCertificates;

/**
 * What TLS costs an Analyze round trip: two nodes in this JVM on the same packs, one plaintext, one TLS with
 * client certificates, each behind its own resource adapter; the rounds alternate between them (and which goes
 * first), so both see the same machine. Also a new connection's first signed GetInfo, handshake included.
 *
 * <pre>mvn -o -q -pl gpu-connector/rar org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.headshots.gpu.rar.TlsCostBenchmark -Dexec.args="PACKS PHOTO [ROUNDS] [CONNECTIONS]"</pre>
 */
public final class TlsCostBenchmark {

    private TlsCostBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path packs = Path.of(args.length > 0 ? args[0] : System.getProperty("user.home") + "/.cache/headshots/packs");
        Path photoFile = Path.of(args.length > 1 ? args[1] : "gpu-node/src/test/resources/photos/astronaut.png");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int connections = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        byte[] photo = Files.readAllBytes(photoFile);
        Path folder = Files.createTempDirectory("tls-benchmark");
        LocalCertificates certificates = TestFleet.certificates(folder);
        TestFleet.useSecret();

        double[] plainAnalyze = new double[rounds];
        double[] tlsAnalyze = new double[rounds];
        double[] plainConnect = new double[connections];
        double[] tlsConnect = new double[connections];
        try (GpuNodeServer plainNode = GpuNodeServer.start(TestFleet.nodeOptions(packs, 0));
                GpuNodeServer tlsNode =
                        GpuNodeServer.start(TestFleet.nodeOptions(packs, 0, TestFleet.nodeTls(certificates)));
                ReloadingTls clientTls = ReloadingTls.watch(
                        new TlsFiles(
                                certificates.file("app.pem"),
                                certificates.file("app.key"),
                                certificates.file("ca.pem")),
                        Duration.ZERO)) {
            GpuResourceAdapter plainAdapter = adapter(plainNode, null);
            GpuResourceAdapter tlsAdapter = adapter(tlsNode, certificates);
            try {
                GpuConnectionFactory plain = factory(plainAdapter);
                GpuConnectionFactory tls = factory(tlsAdapter);
                for (int i = 0; i < 5; i++) {
                    analyze(plain, "warm-plain-" + i, photo);
                    analyze(tls, "warm-tls-" + i, photo);
                }
                for (int i = 0; i < rounds; i++) {
                    if (i % 2 == 0) {
                        plainAnalyze[i] = analyze(plain, "plain-" + i, photo);
                        tlsAnalyze[i] = analyze(tls, "tls-" + i, photo);
                    } else {
                        tlsAnalyze[i] = analyze(tls, "tls-" + i, photo);
                        plainAnalyze[i] = analyze(plain, "plain-" + i, photo);
                    }
                }
            } finally {
                plainAdapter.stop();
                tlsAdapter.stop();
            }
            for (int i = 0; i < 5 + connections; i++) {
                double plainMillis = firstCall(plainNode, InsecureChannelCredentials.create());
                double tlsMillis = firstCall(tlsNode, clientTls.channelCredentials());
                if (i >= 5) {
                    plainConnect[i - 5] = plainMillis;
                    tlsConnect[i - 5] = tlsMillis;
                }
            }
        }

        System.out.printf(
                Locale.ROOT, "photo %s (%d bytes), %d rounds%n", photoFile.getFileName(), photo.length, rounds);
        report("Analyze through the resource adapter, plaintext", plainAnalyze);
        report("Analyze through the resource adapter, TLS", tlsAnalyze);
        System.out.printf(
                Locale.ROOT,
                "  -> TLS / plaintext: median %.3f, p95 %.3f (median %+.1f ms)%n",
                AnalyzeBenchmark.median(tlsAnalyze) / AnalyzeBenchmark.median(plainAnalyze),
                AnalyzeBenchmark.percentile(tlsAnalyze, 0.95) / AnalyzeBenchmark.percentile(plainAnalyze, 0.95),
                AnalyzeBenchmark.median(tlsAnalyze) - AnalyzeBenchmark.median(plainAnalyze));
        report("new connection + first signed GetInfo, plaintext", plainConnect);
        report("new connection + first signed GetInfo, TLS (handshake)", tlsConnect);
        System.out.printf(
                Locale.ROOT,
                "  -> TLS / plaintext: median %.2f (median %+.1f ms per new connection)%n",
                AnalyzeBenchmark.median(tlsConnect) / AnalyzeBenchmark.median(plainConnect),
                AnalyzeBenchmark.median(tlsConnect) - AnalyzeBenchmark.median(plainConnect));
    }

    private static GpuResourceAdapter adapter(GpuNodeServer node, LocalCertificates certificates) throws Exception {
        GpuResourceAdapter adapter = new GpuResourceAdapter();
        adapter.setNodeAddresses("127.0.0.1:" + node.port());
        if (certificates != null) {
            TestFleet.useTls(adapter, certificates);
        }
        adapter.start(null);
        return adapter;
    }

    private static GpuConnectionFactory factory(GpuResourceAdapter adapter) throws Exception {
        GpuManagedConnectionFactory managed = new GpuManagedConnectionFactory();
        managed.setResourceAdapter(adapter);
        return (GpuConnectionFactory) managed.createConnectionFactory();
    }

    private static double analyze(GpuConnectionFactory factory, String key, byte[] photo) throws Exception {
        long start = System.nanoTime();
        try (GpuConnection connection = factory.getConnection()) {
            connection.analyze(new JobKey(key), photo, false);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double firstCall(GpuNodeServer node, ChannelCredentials credentials) throws Exception {
        long start = System.nanoTime();
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", node.port(), credentials)
                .build();
        try {
            GpuNodeGrpc.newBlockingStub(channel)
                    .withInterceptors(new SigningInterceptor(TestFleet.SECRET))
                    .withDeadlineAfter(10, TimeUnit.SECONDS)
                    .getInfo(InfoRequest.getDefaultInstance());
            return (System.nanoTime() - start) / 1e6;
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static void report(String what, double[] millis) {
        System.out.printf(
                Locale.ROOT,
                "%-58s n=%d  median %.1f ms  p95 %.1f ms%n",
                what,
                millis.length,
                AnalyzeBenchmark.median(millis),
                AnalyzeBenchmark.percentile(millis, 0.95));
    }
}
