package org.headshots.gpu.rar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.headshots.gpu.api.NodeAddress;
import org.headshots.node.GpuNodeServer;

/** A GPU node in a process of its own, as in production: started with its command line, killable with SIGKILL. */
record NodeProcess(Process process, int port, Path log) implements AutoCloseable {

    /** Starts a node on a free port with the given models folder and secret, and waits until it serves. */
    static NodeProcess start(Path models, String secret, Path logs, String... extraArgs) throws Exception {
        int port = TestFleet.freePort();
        Path log = logs.resolve("node-" + port + ".log");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                GpuNodeServer.class.getName(),
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--models",
                models.toString(),
                "--provider",
                "cpu",
                "--shutdown-grace-seconds",
                "1"));
        command.addAll(List.of(extraArgs));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("HEADSHOTS_GPU_SECRET", secret);
        NodeProcess node = new NodeProcess(builder.start(), port, log);
        node.awaitReady(Duration.ofSeconds(90));
        return node;
    }

    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(GpuNodeServer.READY_PREFIX)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The node exited with " + process.exitValue() + ":\n" + output());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The node did not serve within " + timeout + ":\n" + output());
    }

    NodeAddress address() {
        return new NodeAddress("127.0.0.1", port);
    }

    /** SIGKILL: the process dies at once, in the middle of whatever it does. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGSTOP: the process stops where it stands, its connections left open, until {@link #thaw()}. */
    void freeze() throws Exception {
        signal("STOP");
    }

    /** SIGCONT: a frozen process goes on. */
    void thaw() throws Exception {
        signal("CONT");
    }

    private void signal(String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                .redirectErrorStream(true)
                .start();
        if (!kill.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed: "
                    + new String(kill.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
