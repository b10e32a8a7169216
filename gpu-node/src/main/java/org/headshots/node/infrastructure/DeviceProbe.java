package org.headshots.node.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** Finds out what hardware the node runs on, from the Linux /proc files and, failing that, nvidia-smi. */
public class DeviceProbe {

    private static final Logger LOG = Logger.getLogger(DeviceProbe.class.getName());

    private final Path procRoot;

    public DeviceProbe() {
        this(Path.of("/proc"));
    }

    DeviceProbe(Path procRoot) {
        this.procRoot = procRoot;
    }

    /** Names of the NVIDIA GPUs the driver knows, in PCI bus order (which CUDA uses by default); empty without one. */
    public List<String> nvidiaGpus() {
        List<String> names = new ArrayList<>();
        Path gpus = procRoot.resolve("driver/nvidia/gpus");
        if (Files.isDirectory(gpus)) {
            try (Stream<Path> busIds = Files.list(gpus)) {
                for (Path bus : busIds.sorted().toList()) {
                    modelOf(bus.resolve("information")).ifPresent(names::add);
                }
            } catch (IOException e) {
                LOG.log(Level.FINE, "Cannot read " + gpus, e);
            }
        }
        if (names.isEmpty()) {
            names.addAll(nvidiaSmiNames());
        }
        return names;
    }

    /** The name of GPU {@code index}, if there is such a GPU. */
    public Optional<String> nvidiaGpu(int index) {
        List<String> gpus = nvidiaGpus();
        return index >= 0 && index < gpus.size() ? Optional.of(gpus.get(index)) : Optional.empty();
    }

    /** "CPU: &lt;model name&gt;, N cores" (N = processors this JVM may use). */
    public String cpu() {
        int cores = Runtime.getRuntime().availableProcessors();
        String model = null;
        try (Stream<String> lines = Files.lines(procRoot.resolve("cpuinfo"), StandardCharsets.UTF_8)) {
            model = lines.filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim().replaceAll("\\s+", " "))
                    .findFirst()
                    .orElse(null);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot read cpuinfo", e);
        }
        String arch = System.getProperty("os.arch");
        return "CPU: " + (model == null || model.isEmpty() ? arch : model) + ", " + cores
                + (cores == 1 ? " core" : " cores");
    }

    private static Optional<String> modelOf(Path information) {
        try (Stream<String> lines = Files.lines(information, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("Model:"))
                    .map(l -> l.substring("Model:".length()).trim())
                    .filter(s -> !s.isEmpty())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> nvidiaSmiNames() {
        Path out = null;
        try {
            out = Files.createTempFile("nvidia-smi", ".txt");
            Process p = new ProcessBuilder("nvidia-smi", "--query-gpu=name", "--format=csv,noheader")
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            p.getOutputStream().close();
            if (!p.waitFor(5, TimeUnit.SECONDS)) { // a wedged driver can hang nvidia-smi
                p.destroyForcibly();
                LOG.warning("nvidia-smi did not answer within 5 s");
                return List.of();
            }
            if (p.exitValue() != 0) {
                return List.of();
            }
            return Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            return List.of(); // no nvidia-smi: no NVIDIA driver
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Cannot delete " + out, e);
                }
            }
        }
    }
}
