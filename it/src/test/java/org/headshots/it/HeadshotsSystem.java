package org.headshots.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole system, brought up once per test run with the project's own launcher ({@code bin/headshots up})
 * in a work folder under target/, on H2 or on a throw-away PostgreSQL cluster, and taken down at the end.
 */
public final class HeadshotsSystem
        implements BeforeAllCallback, ExtensionContext.Store.CloseableResource, AutoCloseable {

    /*
     * The ports of the system under test: it/pom.xml gives failsafe its own (headshots.it.*-port), apart from
     * bin/headshots' defaults, so that the tests run beside a system brought up by hand. Without them (a
     * benchmark's main run against 'bin/headshots up') the launcher's defaults.
     */
    static final int HTTP_PORT = port("http", 8080);
    static final int ADMIN_PORT = port("admin", 4848);
    static final int KEYCLOAK_PORT = port("keycloak", 8180);
    static final int KEYCLOAK_MANAGEMENT_PORT = port("keycloak-management", 9180);
    static final int NODE_PORT = port("node", 50051);
    static final int SMTP_PORT = port("smtp", 3025);
    static final int MAIL_WEB_PORT = port("mail-web", 8025);

    public static final String APP = "http://localhost:" + HTTP_PORT;
    public static final String KEYCLOAK = "http://localhost:" + KEYCLOAK_PORT;
    /** The GPU node the launcher starts, as the application names it (host:port). */
    public static final String NODE = "localhost:" + NODE_PORT;
    /** The mail catcher's web API. */
    public static final String MAIL = "http://localhost:" + MAIL_WEB_PORT;

    private static HeadshotsSystem running;

    private final Path repo =
            Path.of(System.getProperty("headshots.repo", "..")).toAbsolutePath().normalize();
    private final String db = System.getProperty("headshots.it.db", "h2");
    private final Path work = repo.resolve("it/target/work-" + db);
    private ThrowAwayPostgres postgres;

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        synchronized (HeadshotsSystem.class) {
            if (running == null) {
                start();
                running = this;
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(HeadshotsSystem.class, this);
            }
        }
    }

    public static HeadshotsSystem get() {
        if (running == null) {
            throw new IllegalStateException("The system is not up");
        }
        return running;
    }

    private void start() throws Exception {
        List<String> up = new ArrayList<>(List.of("up", "--no-build", "--db"));
        if (db.equals("postgresql")) {
            postgres = ThrowAwayPostgres.start();
            up.add(postgres.url());
        } else {
            up.add("h2");
        }
        try {
            launcher(Duration.ofMinutes(12), up.toArray(String[]::new));
        } catch (Exception | AssertionError e) {
            // what came up before the failure (Payara with a failed deployment, say) must not hold the ports
            try {
                close();
            } catch (Exception | AssertionError stopping) {
                e.addSuppressed(stopping);
            }
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            launcher(Duration.ofMinutes(3), "down");
        } finally {
            if (postgres != null) {
                postgres.stop();
            }
            running = null;
        }
    }

    public String database() {
        return db;
    }

    /** Runs bin/headshots with this run's work folder; fails the test with the output when it fails. */
    public String launcher(Duration timeout, String... args) throws IOException, InterruptedException {
        return launcher(Map.of(), timeout, args);
    }

    /** As {@link #launcher(Duration, String...)}, with extra environment variables. */
    public String launcher(Map<String, String> extraEnv, Duration timeout, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(repo.resolve("bin/headshots").toString());
        command.addAll(List.of(args));
        Path log = Files.createTempFile("headshots-launcher", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("HEADSHOTS_WORK", work.toString());
        env.put("HEADSHOTS_HTTP_PORT", Integer.toString(HTTP_PORT));
        env.put("HEADSHOTS_ADMIN_PORT", Integer.toString(ADMIN_PORT));
        env.put("HEADSHOTS_KEYCLOAK_PORT", Integer.toString(KEYCLOAK_PORT));
        env.put("HEADSHOTS_KEYCLOAK_MANAGEMENT_PORT", Integer.toString(KEYCLOAK_MANAGEMENT_PORT));
        env.put("HEADSHOTS_NODE_PORT", Integer.toString(NODE_PORT));
        env.put("HEADSHOTS_SMTP_PORT", Integer.toString(SMTP_PORT));
        env.put("HEADSHOTS_MAIL_WEB_PORT", Integer.toString(MAIL_WEB_PORT));
        // the suite has few distinct photos of one person: two accepted ones make a seat ready
        env.put("HEADSHOTS_SELFIES_MINIMUM", "2");
        // a run waits this long for a GPU node before it fails and can be retried
        env.put("HEADSHOTS_GENERATION_NODE_WAIT_MINUTES", "1");
        env.putAll(extraEnv);
        Process process = builder.start();
        boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        System.out.println("bin/headshots " + String.join(" ", args) + "\n" + output);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException(
                    "bin/headshots " + String.join(" ", args) + " took longer than " + timeout + "\n" + output);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "bin/headshots " + String.join(" ", args) + " failed (" + process.exitValue() + ")\n" + output);
        }
        return output;
    }

    /** The folder of the system's data, its photo store included. */
    public Path dataDir() {
        return work.resolve("data");
    }

    /** A value the launcher generated into this run's work/secrets.env (the Keycloak admin's password, say). */
    public String secret(String name) throws IOException {
        return Files.readAllLines(work.resolve("secrets.env")).stream()
                .filter(line -> line.startsWith(name + "="))
                .map(line -> line.substring(name.length() + 1))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not in " + work.resolve("secrets.env")));
    }

    /** The PID the launcher recorded for one of its processes: payara, keycloak or gpu-node. */
    public long pidOf(String component) throws IOException {
        return Long.parseLong(
                Files.readString(work.resolve("run/" + component + ".pid")).trim());
    }

    /** The throw-away PostgreSQL cluster of a run on PostgreSQL; empty on H2, whose database lives in Payara. */
    java.util.Optional<ThrowAwayPostgres> postgres() {
        return java.util.Optional.ofNullable(postgres);
    }

    /**
     * Where each thread of the application server stands, written under target/thread-dumps, for a test that
     * waited in vain for the server to do something in the background; the path written, or why there is none.
     */
    public String threadDump(String why) {
        try {
            Path dumps = Files.createDirectories(repo.resolve("it/target/thread-dumps"));
            Path dump = dumps.resolve(
                    db + "-" + why.replaceAll("[^A-Za-z0-9-]+", "-") + "-" + System.currentTimeMillis() + ".txt");
            Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java"))
                    .resolveSibling("jcmd");
            Process print = new ProcessBuilder(jcmd.toString(), Long.toString(pidOf("payara")), "Thread.print", "-l")
                    .redirectErrorStream(true)
                    .redirectOutput(dump.toFile())
                    .start();
            if (!print.waitFor(60, TimeUnit.SECONDS)) {
                print.destroyForcibly();
            }
            return dump.toString();
        } catch (IOException e) {
            return "no thread dump: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "no thread dump: interrupted";
        }
    }

    /**
     * Kills one component the hard way, with its whole process group (the launcher starts each part in a
     * session of its own, so a script's children, such as Keycloak's Java, go too), and waits until it is gone.
     */
    public void kill(String component) throws Exception {
        long pid = pidOf(component);
        // bash's own kill: procps' /usr/bin/kill 4.0 ignores "-KILL -- -PGID"
        Process kill = new ProcessBuilder("bash", "-c", "kill -KILL -- -" + pid)
                .redirectErrorStream(true)
                .start();
        kill.waitFor(10, TimeUnit.SECONDS);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        long until = System.currentTimeMillis() + 30_000;
        while ((groupAlive(pid)
                        || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
    }

    private static int port(String name, int launcherDefault) {
        String value = System.getProperty("headshots.it." + name + "-port", "").trim();
        return value.isEmpty() ? launcherDefault : Integer.parseInt(value);
    }

    private static boolean groupAlive(long pgid) throws Exception {
        Process probe = new ProcessBuilder("bash", "-c", "kill -0 -- -" + pgid)
                .redirectErrorStream(true)
                .start();
        probe.waitFor(10, TimeUnit.SECONDS);
        return probe.exitValue() == 0;
    }
}
