package org.headshots.node.infrastructure.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.headshots.node.domain.pack.LoadedPack;
import org.headshots.node.infrastructure.ModelFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackInstallerTest {

    private static final byte[] FACE = "a face model".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PART1 = "first chunk of the matting model, ".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PART2 = "second chunk".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path manifests;
    private Path cache;
    private Path registry;
    private final List<String> fetched = new ArrayList<>();
    private final List<String> progress = new ArrayList<>();

    /** Stands in for npm: copies prepared tarballs from {@link #registry}. */
    private final PackageFetcher fakeNpm = (packageName, version, into) -> {
        fetched.add(packageName + "@" + version);
        String name = packageName.replaceFirst("^@", "").replace('/', '-') + "-" + version + ".tgz";
        return Files.copy(registry.resolve(name), into.resolve(name));
    };

    private final PackageFetcher offline = (packageName, version, into) -> {
        throw new AssertionError("fetched " + packageName + "@" + version + " although it was in the cache");
    };

    @BeforeEach
    void prepare() throws IOException {
        manifests = Files.createDirectories(dir.resolve("manifests"));
        cache = dir.resolve("cache");
        registry = Files.createDirectories(dir.resolve("registry"));
        TestTarballs.write(
                registry.resolve("faces-1.0.0.tgz"),
                entries(
                        "package/package.json",
                        "{}".getBytes(StandardCharsets.UTF_8),
                        "package/model/face.onnx",
                        FACE));
        String index = """
                {"/models/small": {"chunks": [
                   {"hash": "%s", "offsets": [0, %d]}, {"hash": "%s", "offsets": [%d, %d]}],
                  "size": %d}}""".formatted(
                        ModelFiles.sha256(PART1),
                        PART1.length,
                        ModelFiles.sha256(PART2),
                        PART1.length,
                        PART1.length + PART2.length,
                        PART1.length + PART2.length);
        // the chunks come before their index, in the opposite order: the installer must not care
        TestTarballs.write(
                registry.resolve("scope-matting-2.0.0.tgz"),
                entries(
                        "package/dist/" + ModelFiles.sha256(PART2),
                        PART2,
                        "package/dist/" + ModelFiles.sha256(PART1),
                        PART1,
                        "package/dist/resources.json",
                        index.getBytes(StandardCharsets.UTF_8)));
        writeManifest(ModelFiles.sha256(FACE));
    }

    @Test
    void installsFetchingEachPackageOnceThenWorksFromTheCache() throws Exception {
        Path installed = installer(fakeNpm).install("tiny");

        assertEquals(cache.resolve("packs").resolve("tiny"), installed);
        assertArrayEquals(FACE, Files.readAllBytes(installed.resolve("face.onnx")));
        assertArrayEquals(concat(PART1, PART2), Files.readAllBytes(installed.resolve("matting.onnx")));
        assertArrayEquals(
                Files.readAllBytes(manifests.resolve("tiny").resolve("pack.json")),
                Files.readAllBytes(installed.resolve("pack.json")));
        try (Stream<Path> files = Files.list(installed)) {
            assertEquals(3, files.count(), "pack.json and the two models, nothing left over");
        }
        assertEquals(List.of("faces@1.0.0", "@scope/matting@2.0.0"), fetched);
        List<LoadedPack> loaded = new PackLoader().loadAll(cache.resolve("packs"));
        assertEquals("tiny", loaded.get(0).name());

        progress.clear();
        installer(offline).install("tiny");
        assertEquals(List.of("Pack 'tiny' 1 is already installed in " + installed + " (2 files verified)"), progress);

        // an altered installed file is noticed and the pack installed again, from the cached tarballs
        Files.write(installed.resolve("face.onnx"), "x".repeat(FACE.length).getBytes(StandardCharsets.UTF_8));
        installer(offline).install("tiny");
        assertArrayEquals(FACE, Files.readAllBytes(installed.resolve("face.onnx")));
        try (Stream<Path> leftovers = Files.list(cache.resolve("packs"))) {
            assertEquals(List.of(installed), leftovers.toList());
        }
    }

    @Test
    void aWrongHashNamesTheFileAndBothHashesAndDropsTheTarball() throws IOException {
        String wrong = "0".repeat(64);
        writeManifest(wrong);
        PackInstallException e = assertThrows(
                PackInstallException.class, () -> installer(fakeNpm).install("tiny"));
        Path tarball = cache.resolve("npm").resolve("faces-1.0.0.tgz");
        assertEquals(
                "face.onnx (from npm faces@1.0.0 package/model/face.onnx) has SHA-256 "
                        + ModelFiles.sha256(FACE) + " but " + wrong + " was expected. Deleted " + tarball
                        + " so that the next run fetches it again; if this happens again, the package has changed and the"
                        + " manifest must be checked.",
                e.getMessage());
        assertFalse(Files.exists(tarball));
        try (Stream<Path> packs = Files.list(cache.resolve("packs"))) {
            assertEquals(List.of(), packs.toList(), "no pack and no half-made folder");
        }
    }

    @Test
    void aDamagedChunkIsNamed() throws IOException {
        byte[] damaged = PART2.clone();
        damaged[0] ^= 1;
        TestTarballs.write(
                registry.resolve("scope-matting-2.0.0.tgz"),
                entries(
                        "package/dist/resources.json",
                        ("{\"/models/small\": {\"chunks\": [{\"hash\": \"" + ModelFiles.sha256(PART2) + "\"}]}}")
                                .getBytes(StandardCharsets.UTF_8),
                        "package/dist/" + ModelFiles.sha256(PART2),
                        damaged));
        PackInstallException e = assertThrows(
                PackInstallException.class, () -> installer(fakeNpm).install("tiny"));
        assertTrue(
                e.getMessage()
                        .startsWith("Chunk 1 of 1 of matting.onnx (package/dist/" + ModelFiles.sha256(PART2)
                                + ") has SHA-256 " + ModelFiles.sha256(damaged) + " but " + ModelFiles.sha256(PART2)
                                + " was expected. Deleted "),
                e.getMessage());
        assertFalse(Files.exists(cache.resolve("npm").resolve("scope-matting-2.0.0.tgz")));
        assertTrue(Files.exists(cache.resolve("npm").resolve("faces-1.0.0.tgz")), "the good tarball stays");
    }

    @Test
    void aPathTheTarballLacksIsNamed() throws IOException {
        Files.writeString(
                manifests.resolve("tiny").resolve("pack.json"),
                Files.readString(manifests.resolve("tiny").resolve("pack.json"))
                        .replace("package/model/face.onnx", "package/face.onnx"));
        PackInstallException e = assertThrows(
                PackInstallException.class, () -> installer(fakeNpm).install("tiny"));
        assertTrue(
                e.getMessage()
                        .startsWith(cache.resolve("npm").resolve("faces-1.0.0.tgz")
                                + " has no package/face.onnx: check the source paths"),
                e.getMessage());
    }

    @Test
    void anUnknownPackIsNamed() {
        PackInstallException e = assertThrows(
                PackInstallException.class, () -> installer(fakeNpm).install("big"));
        assertTrue(
                e.getMessage()
                        .startsWith("No pack 'big': "
                                + manifests.toAbsolutePath().resolve("big").resolve("pack.json") + " does not exist"),
                e.getMessage());
    }

    private PackInstaller installer(PackageFetcher fetcher) {
        return new PackInstaller(manifests, cache, fetcher, progress::add);
    }

    private void writeManifest(String faceSha256) throws IOException {
        byte[] matting = concat(PART1, PART2);
        Files.createDirectories(manifests.resolve("tiny"));
        Files.writeString(manifests.resolve("tiny").resolve("pack.json"), """
                {"name": "tiny", "version": "1", "title": "Tiny", "evaluationOnly": false,
                 "models": [
                  {"name": "face", "role": "face-detection", "family": "ultraface-rfb-320", "file": "face.onnx",
                   "sha256": "%s", "size": %d, "licence": "MIT",
                   "source": {"registry": "npm", "package": "faces", "version": "1.0.0",
                              "path": "package/model/face.onnx"}},
                  {"name": "matting", "role": "portrait-matting", "family": "isnet-1024", "file": "matting.onnx",
                   "sha256": "%s", "size": %d, "licence": "AGPL-3.0",
                   "source": {"registry": "npm", "package": "@scope/matting", "version": "2.0.0",
                              "assembledFrom": {"index": "package/dist/resources.json", "key": "/models/small"}}}]}
                """.formatted(
                        faceSha256, FACE.length, ModelFiles.sha256(matting), matting.length));
    }

    private static Map<String, byte[]> entries(Object... pathsAndContents) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            entries.put((String) pathsAndContents[i], (byte[]) pathsAndContents[i + 1]);
        }
        return entries;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
