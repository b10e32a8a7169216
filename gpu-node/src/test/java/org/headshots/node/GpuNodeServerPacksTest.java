package org.headshots.node;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.headshots.node.interfaces.NodeOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpuNodeServerPacksTest {

    @TempDir
    Path models;

    @Test
    void doesNotStartWithARefusedPack() throws IOException {
        Path pack = Files.createDirectories(models.resolve("tiny"));
        Files.writeString(pack.resolve("pack.json"), """
                {"name": "tiny", "version": "1", "title": "Tiny", "evaluationOnly": false,
                 "models": [{"name": "eye", "role": "eye-state", "family": "eye-state-gray24", "file": "eye.onnx",
                   "sha256": "%s", "size": 10, "licence": "MIT", "source": {"origin": "the test"}}]}
                """.formatted("a".repeat(64)));
        NodeOptions options = GpuNodeServerTest.options(models);
        IOException e = assertThrows(
                IOException.class, () -> GpuNodeServer.start(options).close());
        assertTrue(e.getMessage().startsWith("Model pack 'tiny' refused: eye.onnx is missing"), e.getMessage());
        assertTrue(e.getMessage().contains("The node does not start while a model pack is refused"), e.getMessage());
    }
}
