package org.headshots.node.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceProbeTest {

    @Test
    void readsGpuNamesFromTheNvidiaDriverInBusOrder(@TempDir Path proc) throws Exception {
        Path second = Files.createDirectories(proc.resolve("driver/nvidia/gpus/0000:41:00.0"));
        Path first = Files.createDirectories(proc.resolve("driver/nvidia/gpus/0000:01:00.0"));
        Files.writeString(first.resolve("information"), "Model: \t\t NVIDIA H100 80GB HBM3\nIRQ: 42\n");
        Files.writeString(second.resolve("information"), "Model: \t\t NVIDIA L4\n");

        DeviceProbe probe = new DeviceProbe(proc);

        assertEquals(List.of("NVIDIA H100 80GB HBM3", "NVIDIA L4"), probe.nvidiaGpus());
        assertEquals("NVIDIA L4", probe.nvidiaGpu(1).orElseThrow());
        assertTrue(probe.nvidiaGpu(2).isEmpty());
    }

    @Test
    void namesTheCpu(@TempDir Path proc) throws Exception {
        Files.writeString(proc.resolve("cpuinfo"), "processor\t: 0\nmodel name\t: AMD EPYC  9454 48-Core Processor\n");
        String cpu = new DeviceProbe(proc).cpu();
        assertTrue(cpu.startsWith("CPU: AMD EPYC 9454 48-Core Processor, "), cpu);
        assertTrue(cpu.endsWith("core") || cpu.endsWith("cores"), cpu);
    }
}
