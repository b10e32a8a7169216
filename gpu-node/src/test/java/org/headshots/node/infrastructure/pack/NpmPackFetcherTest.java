package org.headshots.node.infrastructure.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpmPackFetcherTest {

    @TempDir
    Path dir;

    @Test
    void saysHowToInstallNpmWhenItIsMissing() {
        NpmPackFetcher fetcher = new NpmPackFetcher(dir.resolve("no-npm-here").toString(), Duration.ofSeconds(10));
        PackInstallException e = assertThrows(PackInstallException.class, () -> fetcher.fetch("p", "1.0.0", dir));
        assertTrue(
                e.getMessage().endsWith("install npm with your system's package manager, e.g. apt-get install npm"),
                e.getMessage());
    }

    @Test
    void passesOnWhatNpmSaysWhenThePackageCannotBeFetched() throws IOException {
        Path npm = script("echo 'npm error 404 Not Found - p@1.0.0' >&2; exit 1");
        PackInstallException e = assertThrows(
                PackInstallException.class,
                () -> new NpmPackFetcher(npm.toString(), Duration.ofSeconds(10)).fetch("p", "1.0.0", dir));
        assertTrue(e.getMessage().startsWith("npm could not fetch p@1.0.0 (exit status 1)."), e.getMessage());
        assertTrue(e.getMessage().endsWith("npm error 404 Not Found - p@1.0.0"), e.getMessage());
    }

    @Test
    void returnsTheTarballNpmPacked() throws IOException {
        // called as: npm pack SPEC --pack-destination DIR
        Path npm = script("echo tarball > \"$4/p-1.0.0.tgz\"; echo p-1.0.0.tgz");
        Path into = Files.createDirectories(dir.resolve("into"));
        assertEquals(
                into.resolve("p-1.0.0.tgz"),
                new NpmPackFetcher(npm.toString(), Duration.ofSeconds(10)).fetch("p", "1.0.0", into));
    }

    private Path script(String body) throws IOException {
        Path script = dir.resolve("npm");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
