package org.headshots.node.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.headshots.gpu.wire.SharedSecret;
import org.headshots.gpu.wire.TlsFiles;
import org.headshots.node.application.PhotoLimits;
import org.headshots.node.infrastructure.OnnxRuntimeEngine.ProviderChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeOptionsTest {

    private static final String SECRET = "0123456789abcdef0123";
    private static final UnaryOperator<String> ENV =
            name -> NodeOptions.SECRET_ENVIRONMENT_VARIABLE.equals(name) ? SECRET : null;

    @Test
    void defaults() {
        NodeOptions options = NodeOptions.parse(ENV);
        assertEquals("0.0.0.0", options.host());
        assertEquals(50051, options.port());
        assertEquals(Path.of("models"), options.models());
        assertEquals(2, options.maxConcurrentJobs());
        assertEquals(ProviderChoice.AUTO, options.provider());
        assertEquals(1e-4, options.selfTestTolerance());
    }

    @Test
    void parsesEveryOption() {
        NodeOptions options = NodeOptions.parse(
                ENV,
                "--port",
                "50061",
                "--models",
                "/srv/models",
                "--host=127.0.0.1",
                "--max-concurrent-jobs",
                "4",
                "--provider",
                "CPU",
                "--cuda-device",
                "1",
                "--shutdown-grace-seconds",
                "3",
                "--self-test-tolerance",
                "1e-3",
                "--max-photo-mb",
                "12",
                "--max-megapixels",
                "24.5");
        assertEquals(
                new NodeOptions(
                        "127.0.0.1",
                        50061,
                        Path.of("/srv/models"),
                        4,
                        ProviderChoice.CPU,
                        1,
                        1e-3,
                        Duration.ofSeconds(3),
                        SharedSecret.of(SECRET),
                        new PhotoLimits(12L * 1024 * 1024, 24_500_000),
                        Optional.empty(),
                        Duration.ofSeconds(30)),
                options);
    }

    @Test
    void rejectsWrongCommandLinesReadably() {
        assertEquals(
                "Unknown option --prot",
                assertThrows(IllegalArgumentException.class, () -> NodeOptions.parse(ENV, "--prot", "1"))
                        .getMessage());
        assertEquals(
                "--port needs a whole number, not 'x'",
                assertThrows(IllegalArgumentException.class, () -> NodeOptions.parse(ENV, "--port", "x"))
                        .getMessage());
        assertEquals(
                "--models needs a value",
                assertThrows(IllegalArgumentException.class, () -> NodeOptions.parse(ENV, "--models"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> NodeOptions.parse(ENV, "--max-concurrent-jobs", "0"));
        assertThrows(IllegalArgumentException.class, () -> NodeOptions.parse(ENV, "--provider", "rocm"));
        assertThrows(NodeOptions.HelpRequested.class, () -> NodeOptions.parse(ENV, "--help"));
    }

    @Test
    void theUsageListsEveryOptionWithTheDefaultItParsesTo() {
        for (String line : new String[] {
            "--host HOST",
            "(default 0.0.0.0)",
            "--port PORT",
            "(default 50051)",
            "--secret-file FILE",
            "--max-photo-mb M",
            "(default 30)",
            "--max-megapixels P",
            "(default 50)",
            "--provider auto|cpu|cuda",
            "(default auto)",
            "--help"
        }) {
            assertEquals(true, NodeOptions.USAGE.contains(line), line + " in\n" + NodeOptions.USAGE);
        }
        assertEquals(PhotoLimits.DEFAULT, NodeOptions.parse(ENV).photoLimits());
    }

    @Test
    void refusesToRunWithoutASecret() {
        String message = assertThrows(IllegalArgumentException.class, () -> NodeOptions.parse(name -> null))
                .getMessage();
        assertEquals(true, message.contains("--secret-file") && message.contains("HEADSHOTS_GPU_SECRET"), message);
        assertThrows(IllegalArgumentException.class, () -> NodeOptions.parse(name -> "too short"));
    }

    @Test
    void readsTheSecretFromAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("secret"), "fedcba9876543210fedcba\n");
        assertEquals(
                SharedSecret.of("fedcba9876543210fedcba"),
                NodeOptions.parse(name -> null, "--secret-file", file.toString())
                        .secret());
    }

    @Test
    void takesTlsFilesFromTheOptionsOrTheEnvironmentAllThreeOrNone() {
        assertEquals(Optional.empty(), NodeOptions.parse(ENV).tls());
        assertEquals(
                Optional.of(new TlsFiles(Path.of("n.pem"), Path.of("n.key"), Path.of("ca.pem"))),
                NodeOptions.parse(ENV, "--tls-certificate", "n.pem", "--tls-key=n.key", "--tls-client-ca", "ca.pem")
                        .tls());
        Map<String, String> environment = Map.of(
                NodeOptions.SECRET_ENVIRONMENT_VARIABLE,
                SECRET,
                "HEADSHOTS_NODE_TLS_CERTIFICATE",
                "/etc/headshots/node.pem",
                "HEADSHOTS_NODE_TLS_KEY",
                "/etc/headshots/node.key",
                "HEADSHOTS_NODE_TLS_CLIENT_CA",
                "/etc/headshots/ca.pem");
        assertEquals(
                Optional.of(new TlsFiles(
                        Path.of("/etc/headshots/node.pem"),
                        Path.of("/etc/headshots/node.key"),
                        Path.of("/etc/headshots/ca.pem"))),
                NodeOptions.parse(environment::get).tls());
        assertEquals(
                "TLS needs a certificate, its private key and the trusted authority's certificate:"
                        + " --tls-key, --tls-client-ca not set",
                assertThrows(IllegalArgumentException.class, () -> NodeOptions.parse(ENV, "--tls-certificate", "n.pem"))
                        .getMessage());
    }
}
