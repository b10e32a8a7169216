package org.headshots.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of its own, in a folder under target/, on a free port, removed at the end.
 * initdb refuses root, so as root the cluster is made and run by the 'postgres' user.
 */
record ThrowAwayPostgres(Path dir, int port, String password) {

    private static final Path BIN = findBin();

    /** The cluster lives under the system temp folder, which the postgres user can reach from any clone. */
    static ThrowAwayPostgres start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("headshots-pg-");
        int port = freePort();
        String password = UUID.randomUUID().toString();
        ThrowAwayPostgres pg = new ThrowAwayPostgres(dir, port, password);
        if (isRoot()) {
            run("chown", "-R", "postgres:postgres", dir.toString());
        }
        Path pwFile = dir.resolve("pw");
        Files.writeString(pwFile, password + "\n");
        if (isRoot()) {
            run("chown", "postgres:postgres", pwFile.toString());
        }
        pg.asOwner(
                BIN.resolve("initdb").toString(),
                "-D",
                dir.resolve("data").toString(),
                "-U",
                "headshots",
                "--pwfile=" + pwFile,
                "-A",
                "scram-sha-256",
                "-E",
                "UTF8",
                "--no-locale");
        pg.serve();
        pg.asOwner(
                BIN.resolve("createdb").toString(),
                "-h",
                "localhost",
                "-p",
                Integer.toString(port),
                "-U",
                "headshots",
                "headshots");
        return pg;
    }

    private void serve() throws IOException, InterruptedException {
        asOwner(
                BIN.resolve("pg_ctl").toString(),
                "-D",
                dir.resolve("data").toString(),
                "-l",
                dir.resolve("postgres.log").toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=localhost",
                "start");
    }

    /**
     * SIGKILL to the server and every backend, as the kernel's out-of-memory killer or a power cut would leave
     * it: no checkpoint, no goodbye to the clients; waits until none is left.
     */
    void crash() throws IOException, InterruptedException {
        long postmaster = Long.parseLong(
                Files.readAllLines(dir.resolve("data/postmaster.pid")).get(0).trim());
        List<ProcessHandle> all = new ArrayList<>();
        ProcessHandle.of(postmaster).ifPresent(server -> {
            all.add(server);
            server.descendants().forEach(all::add);
        });
        if (all.isEmpty()) {
            throw new IllegalStateException("PostgreSQL " + postmaster + " is not running");
        }
        all.forEach(ProcessHandle::destroyForcibly);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (all.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
    }

    /** Starts the cluster again after {@link #crash()}: PostgreSQL recovers from its write-ahead log. */
    void restart() throws IOException, InterruptedException {
        serve();
    }

    String url() {
        return "postgresql://localhost:" + port + "/headshots?user=headshots&password=" + password;
    }

    void stop() throws IOException, InterruptedException {
        try {
            asOwner(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private void asOwner(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--", "env", "PGPASSWORD=" + password));
        } else {
            full.addAll(List.of("env", "PGPASSWORD=" + password));
        }
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path findBin() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.sorted(Comparator.reverseOrder())
                    .map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL server binaries under"
                            + " /usr/lib/postgresql: install the Debian package postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "No PostgreSQL server binaries under /usr/lib/postgresql:"
                            + " install the Debian package postgresql",
                    e);
        }
    }
}
