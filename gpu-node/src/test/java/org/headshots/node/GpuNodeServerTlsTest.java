package org.headshots.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ChannelCredentials;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.headshots.gpu.wire.ReloadingTls;
import org.headshots.gpu.wire.SharedSecret;
import org.headshots.gpu.wire.SigningInterceptor;
import org.headshots.gpu.wire.TlsFiles;
import org.headshots.gpu.wire.v1.GpuNodeGrpc;
import org.headshots.gpu.wire.v1.InfoRequest;
import org.headshots.node.infrastructure.tls.CertificateAuthority;
import org.headshots.node.infrastructure.tls.KeyAndCertificate;
import org.headshots.node.infrastructure.tls.LocalCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real node with TLS on a free port: who it serves, who it refuses, and a certificate replaced while it runs. */
class GpuNodeServerTlsTest {

    @TempDir
    Path models;

    @TempDir
    Path certificates;

    @TempDir
    Path strangers;

    private GpuNodeServer node;
    private final List<ManagedChannel> channels = new ArrayList<>();
    private final List<ReloadingTls> clients = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (ManagedChannel channel : channels) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        clients.forEach(ReloadingTls::close);
        if (node != null) {
            node.close();
        }
    }

    @Test
    void servesSignedCallsOverMutualTls() throws Exception {
        node = startNode(List.of("localhost", "127.0.0.1"));

        assertEquals(
                1,
                connect(application(certificates), GpuNodeServerTest.SECRET)
                        .getInfo(request())
                        .getModelsCount());
        assertTrue(node.readyLine().endsWith(", TLS)"), node.readyLine());
    }

    @Test
    void stillRequiresTheSharedSecretOverTls() throws Exception {
        node = startNode(List.of("localhost", "127.0.0.1"));

        StatusRuntimeException e = assertThrows(
                StatusRuntimeException.class,
                () -> connect(application(certificates), SharedSecret.of("another-secret-987654321"))
                        .getInfo(request()));
        assertEquals(Status.Code.UNAUTHENTICATED, e.getStatus().getCode());
    }

    @Test
    void refusesPlaintext() throws Exception {
        node = startNode(List.of("localhost", "127.0.0.1"));

        assertRefused(InsecureChannelCredentials.create());
    }

    @Test
    void refusesAClientWithoutCertificate() throws Exception {
        node = startNode(List.of("localhost", "127.0.0.1"));

        assertRefused(TlsChannelCredentials.newBuilder()
                .trustManager(certificates.resolve("ca.pem").toFile())
                .build());
    }

    @Test
    void refusesAClientCertificateOfAnotherAuthority() throws Exception {
        node = startNode(List.of("localhost", "127.0.0.1"));
        new LocalCertificates(strangers, Clock.systemUTC(), line -> {}).ensureLocal(List.of("localhost"));

        assertRefused(TlsChannelCredentials.newBuilder()
                .keyManager(
                        strangers.resolve("app.pem").toFile(),
                        strangers.resolve("app.key").toFile())
                .trustManager(certificates.resolve("ca.pem").toFile())
                .build());
    }

    @Test
    void isRefusedByAnApplicationWhenItsCertificateDoesNotNameTheAddressDialled() throws Exception {
        node = startNode(List.of("gpu7.example"));

        assertRefused(application(certificates));
    }

    @Test
    void refusesToStartWithTlsFilesItCannotUse() throws Exception {
        IOException e = assertThrows(
                IOException.class,
                () -> GpuNodeServer.start(GpuNodeServerTest.options(
                        models,
                        "--tls-certificate",
                        certificates.resolve("missing.pem").toString(),
                        "--tls-key",
                        certificates.resolve("missing.key").toString(),
                        "--tls-client-ca",
                        certificates.resolve("ca.pem").toString())));
        assertTrue(e.getMessage().contains("missing.pem"), e.getMessage());
    }

    @Test
    void showsAReplacedCertificateToNewConnectionsWithoutARestart() throws Exception {
        node = startNode(List.of("localhost", "127.0.0.1"));
        X509Certificate before = servedCertificate();
        CertificateAuthority authority = CertificateAuthority.of(
                KeyAndCertificate.read(certificates.resolve("ca.pem"), certificates.resolve("ca.key")),
                Clock.systemUTC());

        authority
                .issueNode(List.of("localhost", "127.0.0.1"), Duration.ofDays(30))
                .write(certificates.resolve("node.pem"), certificates.resolve("node.key"));

        X509Certificate after = servedCertificate();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (after.equals(before) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            after = servedCertificate();
        }
        assertNotEquals(before.getSerialNumber(), after.getSerialNumber());
        assertEquals(
                1,
                connect(application(certificates), GpuNodeServerTest.SECRET)
                        .getInfo(request())
                        .getModelsCount());
    }

    private GpuNodeServer startNode(List<String> nodeNames) throws Exception {
        new LocalCertificates(certificates, Clock.systemUTC(), line -> {}).ensureLocal(nodeNames);
        return GpuNodeServer.start(GpuNodeServerTest.options(
                models,
                "--tls-certificate",
                certificates.resolve("node.pem").toString(),
                "--tls-key",
                certificates.resolve("node.key").toString(),
                "--tls-client-ca",
                certificates.resolve("ca.pem").toString(),
                "--tls-check-seconds",
                "1"));
    }

    private ChannelCredentials application(Path folder) {
        ReloadingTls tls = ReloadingTls.watch(
                new TlsFiles(folder.resolve("app.pem"), folder.resolve("app.key"), folder.resolve("ca.pem")),
                Duration.ZERO);
        clients.add(tls);
        return tls.channelCredentials();
    }

    private GpuNodeGrpc.GpuNodeBlockingStub connect(ChannelCredentials credentials, SharedSecret secret) {
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", node.port(), credentials)
                .build();
        channels.add(channel);
        return GpuNodeGrpc.newBlockingStub(channel)
                .withInterceptors(new SigningInterceptor(secret))
                .withDeadlineAfter(20, TimeUnit.SECONDS);
    }

    private void assertRefused(ChannelCredentials credentials) {
        StatusRuntimeException e = assertThrows(
                StatusRuntimeException.class,
                () -> connect(credentials, GpuNodeServerTest.SECRET).getInfo(request()));
        assertEquals(
                Status.Code.UNAVAILABLE, e.getStatus().getCode(), e.getStatus().toString());
    }

    private static InfoRequest request() {
        return InfoRequest.getDefaultInstance();
    }

    /** The certificate the node shows a new connection, seen with the application's key and any server trusted. */
    private X509Certificate servedCertificate() throws Exception {
        KeyAndCertificate app =
                KeyAndCertificate.read(certificates.resolve("app.pem"), certificates.resolve("app.key"));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("app", app.privateKey(), new char[0], new X509Certificate[] {app.certificate()});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, new char[0]);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), new TrustManager[] {new AnyServer()}, null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", node.port())) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setApplicationProtocols(new String[] {"h2"});
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    /** Looks at the node's certificate without judging it. */
    private static final class AnyServer implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
