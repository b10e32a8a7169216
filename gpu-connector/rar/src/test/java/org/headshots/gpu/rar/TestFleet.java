package org.headshots.gpu.rar;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.headshots.gpu.wire.SharedSecret;
import org.headshots.node.infrastructure.tls.LocalCertificates;
import org.headshots.node.interfaces.NodeOptions;

/** What the connector tests share: the secret, free ports, and the installed starter pack. */
final class TestFleet {

    static final String SECRET_TEXT = "connector-test-secret-0123456789";
    static final SharedSecret SECRET = SharedSecret.of(SECRET_TEXT);

    private TestFleet() {}

    /** The adapters started by the tests sign with {@link #SECRET}. */
    static void useSecret() {
        System.setProperty(GpuResourceAdapter.SECRET_SYSTEM_PROPERTY, SECRET_TEXT);
    }

    /**
     * A test node's options: loopback, {@code port} (0: any free one), its models, the test secret, 1 s grace, and
     * {@code more}.
     */
    static NodeOptions nodeOptions(Path models, int port, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--models",
                models.toString(),
                "--shutdown-grace-seconds",
                "1"));
        args.addAll(List.of(more));
        return NodeOptions.parse(
                name -> NodeOptions.SECRET_ENVIRONMENT_VARIABLE.equals(name) ? SECRET_TEXT : null,
                args.toArray(String[]::new));
    }

    /**
     * A local authority with certificates for a node on this machine and for the application, made in {@code folder}
     * (see {@link LocalCertificates}).
     */
    static LocalCertificates certificates(Path folder) throws Exception {
        LocalCertificates certificates = new LocalCertificates(folder, Clock.systemUTC(), line -> {});
        certificates.ensureLocal(List.of("localhost", "127.0.0.1"));
        return certificates;
    }

    /** The node's TLS options for the certificates of {@link #certificates(Path)}. */
    static String[] nodeTls(LocalCertificates certificates) {
        return new String[] {
            "--tls-certificate", certificates.file("node.pem").toString(),
            "--tls-key", certificates.file("node.key").toString(),
            "--tls-client-ca", certificates.file("ca.pem").toString()
        };
    }

    /** Makes the adapter use the application's certificate of {@code certificates}, its files looked at every second. */
    static void useTls(GpuResourceAdapter adapter, LocalCertificates certificates) {
        adapter.setTlsCertificateFile(certificates.file("app.pem").toString());
        adapter.setTlsKeyFile(certificates.file("app.key").toString());
        adapter.setTlsTrustedCaFile(certificates.file("ca.pem").toString());
        adapter.setTlsCheckSeconds(1);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A test photo of gpu-node's fixtures (see their PROVENANCE.md). */
    static byte[] photo(String name) throws IOException {
        return java.nio.file.Files.readAllBytes(Path.of(System.getProperty("headshots.test.photos"), name));
    }

    /** The models folder holding the starter pack, installed by the gpu-node build. */
    static Path packs() {
        String folder = System.getProperty("headshots.test.packs");
        if (folder == null || !Path.of(folder, "starter", "pack.json").toFile().isFile()) {
            throw new IllegalStateException("The starter model pack is not installed in " + folder
                    + ": build gpu-node first (mvn -pl gpu-node -am test) or run bin/headshots models install starter");
        }
        return Path.of(folder);
    }
}
