package org.headshots.node.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.headshots.node.infrastructure.pack.PackageFetcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackInstallCommandTest {

    private static final PackageFetcher NO_NETWORK = (packageName, version, into) -> {
        throw new AssertionError("no fetch expected");
    };

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void wrongCommandLinesExitWith2() {
        assertEquals(2, run());
        assertTrue(err().startsWith("pack install: name the pack to install, e.g. starter"), err());
        assertEquals(2, run("starter", "--cache"));
        assertTrue(err().contains("--cache needs a value"), err());
    }

    @Test
    void anUnknownPackExitsWith1AndSaysWhereTheManifestsAre() {
        assertEquals(
                1,
                run(
                        "nosuch",
                        "--manifests",
                        dir.toString(),
                        "--cache",
                        dir.resolve("cache").toString()));
        assertTrue(
                err().startsWith("ERROR: No pack 'nosuch': "
                        + dir.resolve("nosuch").resolve("pack.json")),
                err());
    }

    @Test
    void theCacheComesFromHeadshotsCacheElseTheHomeFolder() {
        assertEquals(Path.of("/srv/cache"), PackCommandLine.defaultCache(Map.of("HEADSHOTS_CACHE", "/srv/cache")));
        assertEquals(
                Path.of(System.getProperty("user.home"), ".cache", "headshots"),
                PackCommandLine.defaultCache(Map.of()));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return PackInstallCommand.run(
                args,
                Map.of(),
                NO_NETWORK,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
