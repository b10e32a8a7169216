package org.headshots.node.infrastructure.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.headshots.node.domain.pack.LoadedPack;
import org.headshots.node.domain.pack.VerifiedModel;
import org.headshots.node.infrastructure.ModelFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackLoaderTest {

    private static final byte[] DETECTOR = "not really a detector".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EMBEDDER = "not really an embedder".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path models;

    private final PackLoader loader = new PackLoader();

    @BeforeEach
    void installTinyPack() throws IOException {
        Path pack = Files.createDirectories(models.resolve("tiny"));
        Files.write(pack.resolve("detect.onnx"), DETECTOR);
        Files.write(pack.resolve("embed.onnx"), EMBEDDER);
        Files.writeString(pack.resolve("pack.json"), manifest("tiny", "arcface-112"));
        // the node's own folders have no pack.json and are no packs
        Files.createDirectories(models.resolve("selftest"));
        Files.write(models.resolve("selftest").resolve("selftest.onnx"), new byte[] {1, 2, 3});
    }

    @Test
    void loadsAVerifiedPackWithAbsolutePaths() throws Exception {
        List<LoadedPack> packs = loader.loadAll(models);
        assertEquals(1, packs.size());
        LoadedPack pack = packs.get(0);
        assertEquals("tiny", pack.name());
        VerifiedModel embedder = pack.model("identity-embedding").orElseThrow();
        assertTrue(embedder.file().isAbsolute());
        assertEquals(models.toAbsolutePath().resolve("tiny").resolve("embed.onnx"), embedder.file());
        assertEquals(ModelFiles.sha256(EMBEDDER), embedder.asLoadedModel("test").sha256());
    }

    @Test
    void refusesAPackWithOneAlteredByte() throws IOException {
        byte[] altered = EMBEDDER.clone();
        altered[3] ^= 1;
        Files.write(models.resolve("tiny").resolve("embed.onnx"), altered);
        PackRefusedException e = assertThrows(PackRefusedException.class, () -> loader.loadAll(models));
        assertEquals(
                List.of("Model pack 'tiny' refused: embed.onnx has SHA-256 " + ModelFiles.sha256(altered)
                        + " but the manifest says " + ModelFiles.sha256(EMBEDDER)
                        + " (the file was altered or damaged; reinstall the pack)"),
                e.refusals());
        assertTrue(e.getMessage().contains("The node does not start while a model pack is refused"));
    }

    @Test
    void refusesAPackWithAMissingOrTruncatedFile() throws IOException {
        Files.delete(models.resolve("tiny").resolve("detect.onnx"));
        Files.write(models.resolve("tiny").resolve("embed.onnx"), new byte[] {1});
        PackRefusedException e = assertThrows(PackRefusedException.class, () -> loader.loadAll(models));
        assertEquals(
                List.of("Model pack 'tiny' refused: detect.onnx is missing; embed.onnx has 1 bytes but the"
                        + " manifest says " + EMBEDDER.length
                        + " (the file was altered or damaged; reinstall the pack)"),
                e.refusals());
    }

    @Test
    void refusesAFamilyTheNodeDoesNotImplement() throws IOException {
        Files.writeString(models.resolve("tiny").resolve("pack.json"), manifest("tiny", "sface"));
        PackRefusedException e = assertThrows(PackRefusedException.class, () -> loader.loadAll(models));
        assertTrue(
                e.refusals()
                        .get(0)
                        .startsWith("Model pack 'tiny' refused: embed.onnx needs the family 'sface',"
                                + " which this version of the node does not implement (it knows arcface-112, "),
                e.getMessage());
    }

    @Test
    void refusesAnUnreadableManifestOrOneForAnotherFolder() throws IOException {
        Path copy = Files.createDirectories(models.resolve("copy"));
        Files.copy(models.resolve("tiny").resolve("detect.onnx"), copy.resolve("detect.onnx"));
        Files.copy(models.resolve("tiny").resolve("embed.onnx"), copy.resolve("embed.onnx"));
        Files.writeString(copy.resolve("pack.json"), manifest("tiny", "arcface-112"));
        Files.writeString(models.resolve("tiny").resolve("pack.json"), "{");
        PackRefusedException e = assertThrows(PackRefusedException.class, () -> loader.loadAll(models));
        assertEquals(2, e.refusals().size(), e.getMessage());
        assertTrue(e.refusals().get(0).startsWith("Model pack 'copy' refused: its pack.json names the pack 'tiny'"));
        assertTrue(
                e.refusals()
                        .get(1)
                        .startsWith("Model pack 'tiny' refused: "
                                + models.resolve("tiny").resolve("pack.json") + " is not valid JSON"),
                e.refusals().get(1));
    }

    @Test
    void aMissingModelsFolderHasNoPacks() throws Exception {
        assertEquals(List.of(), loader.loadAll(models.resolve("absent")));
    }

    private static String manifest(String name, String embedderFamily) {
        return """
                {"name": "%s", "version": "2", "title": "Tiny", "evaluationOnly": true, "notice": "test only",
                 "models": [
                  {"name": "detect", "role": "face-detection", "family": "ultraface-rfb-320", "file": "detect.onnx",
                   "sha256": "%s", "size": %d, "licence": "MIT", "source": {"origin": "written by the test"}},
                  {"name": "embed", "role": "identity-embedding", "family": "%s", "file": "embed.onnx",
                   "sha256": "%s", "size": %d, "licence": "MIT", "source": {"origin": "written by the test"}}]}
                """.formatted(
                        name,
                        ModelFiles.sha256(DETECTOR),
                        DETECTOR.length,
                        embedderFamily,
                        ModelFiles.sha256(EMBEDDER),
                        EMBEDDER.length);
    }
}
