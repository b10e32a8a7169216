package org.headshots.node.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import org.headshots.node.infrastructure.OnnxRuntimeEngine.ProviderChoice;
import org.junit.jupiter.api.Test;

class NodeOptionsTest {

    @Test
    void defaults() {
        NodeOptions options = NodeOptions.parse();
        assertEquals("0.0.0.0", options.host());
        assertEquals(50051, options.port());
        assertEquals(Path.of("models"), options.models());
        assertEquals(2, options.maxConcurrentJobs());
        assertEquals(ProviderChoice.AUTO, options.provider());
        assertEquals(1e-4, options.selfTestTolerance());
    }

    @Test
    void parsesEveryOption() {
        NodeOptions options = NodeOptions.parse("--port", "50061", "--models", "/srv/models", "--host=127.0.0.1",
                "--max-concurrent-jobs", "4", "--provider", "CPU", "--cuda-device", "1",
                "--shutdown-grace-seconds", "3", "--self-test-tolerance", "1e-3");
        assertEquals(new NodeOptions("127.0.0.1", 50061, Path.of("/srv/models"), 4, ProviderChoice.CPU, 1, 1e-3,
                Duration.ofSeconds(3)), options);
    }

    @Test
    void rejectsWrongCommandLinesReadably() {
        assertEquals("Unknown option --prot",
                assertThrows(IllegalArgumentException.class, () -> NodeOptions.parse("--prot", "1")).getMessage());
        assertEquals("--port needs a whole number, not 'x'",
                assertThrows(IllegalArgumentException.class, () -> NodeOptions.parse("--port", "x")).getMessage());
        assertEquals("--models needs a value",
                assertThrows(IllegalArgumentException.class, () -> NodeOptions.parse("--models")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> NodeOptions.parse("--max-concurrent-jobs", "0"));
        assertThrows(IllegalArgumentException.class, () -> NodeOptions.parse("--provider", "rocm"));
        assertThrows(NodeOptions.HelpRequested.class, () -> NodeOptions.parse("--help"));
    }
}
