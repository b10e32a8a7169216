package org.headshots.gpu.rar;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.headshots.gpu.api.GpuConnection;
import org.headshots.gpu.api.GpuConnectionFactory;
import org.headshots.gpu.api.JobKey;
import org.headshots.node.GpuNodeServer;
import org.headshots.node.infrastructure.DeviceProbe;
import org.headshots.node.infrastructure.OnnxRuntimeEngine;
import org.headshots.node.infrastructure.image.PhotoDecoder;
import org.headshots.node.infrastructure.pack.PackLoader;
import org.headshots.node.infrastructure.pipeline.FacePipeline;
import org.headshots.node.infrastructure.pipeline.ModelFile;

/**
 * Measures one node on this machine: photos analysed per second in-process (decode, detection,
 * landmarks, embedding, eye state, pose), matting time per photo, and the connector's overhead as the
 * ratio of an Analyze through the resource adapter and gRPC to the same work in-process.
 *
 * <pre>mvn -o -q -pl gpu-connector/rar exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.headshots.gpu.rar.AnalyzeBenchmark -Dexec.args="PACKS PHOTO [ANALYSES] [MATTES]"</pre>
 */
public final class AnalyzeBenchmark {

    private AnalyzeBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path packs = Path.of(args.length > 0 ? args[0] : System.getProperty("user.home") + "/.cache/headshots/packs");
        Path photoFile = Path.of(args.length > 1 ? args[1] : "gpu-node/src/test/resources/photos/astronaut.png");
        int analyses = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int mattes = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        byte[] photo = Files.readAllBytes(photoFile);
        PhotoDecoder decoder = new PhotoDecoder();

        OnnxRuntimeEngine engine = OnnxRuntimeEngine.start(OnnxRuntimeEngine.ProviderChoice.AUTO, 0, new DeviceProbe());
        List<ModelFile> files = new PackLoader()
                .loadAll(packs).stream()
                        .flatMap(p -> p.models().stream())
                        .map(m -> new ModelFile(m.model().role(), m.model().family(), m.file()))
                        .toList();
        double[] inProcess;
        double[] matting;
        try (FacePipeline pipeline = FacePipeline.open(engine, files)) {
            pipeline.warmUp();
            for (int i = 0; i < 5; i++) {
                pipeline.analyze(decoder.decode(photo));
            }
            inProcess = new double[analyses];
            for (int i = 0; i < analyses; i++) {
                long start = System.nanoTime();
                BufferedImage image = decoder.decode(photo);
                pipeline.analyze(image);
                inProcess[i] = (System.nanoTime() - start) / 1e6;
            }
            matting = new double[mattes];
            BufferedImage image = decoder.decode(photo);
            for (int i = 0; i < mattes; i++) {
                long start = System.nanoTime();
                pipeline.matte(image);
                matting[i] = (System.nanoTime() - start) / 1e6;
            }
        }

        TestFleet.useSecret();
        double[] viaConnector = new double[analyses];
        try (GpuNodeServer node = GpuNodeServer.start(TestFleet.nodeOptions(packs, 0))) {
            GpuResourceAdapter adapter = new GpuResourceAdapter();
            adapter.setNodeAddresses("127.0.0.1:" + node.port());
            adapter.start(null);
            try {
                GpuManagedConnectionFactory managed = new GpuManagedConnectionFactory();
                managed.setResourceAdapter(adapter);
                GpuConnectionFactory factory = (GpuConnectionFactory) managed.createConnectionFactory();
                for (int i = 0; i < 5; i++) {
                    try (GpuConnection connection = factory.getConnection()) {
                        connection.analyze(new JobKey("warm-" + i), photo, false);
                    }
                }
                for (int i = 0; i < analyses; i++) {
                    long start = System.nanoTime();
                    try (GpuConnection connection = factory.getConnection()) {
                        connection.analyze(new JobKey("bench-" + i), photo, false);
                    }
                    viaConnector[i] = (System.nanoTime() - start) / 1e6;
                }
            } finally {
                adapter.stop();
            }
        }

        System.out.printf(
                Locale.ROOT,
                "photo %s (%d bytes), %s, %s%n",
                photoFile.getFileName(),
                photo.length,
                engine.device(),
                "ONNX Runtime " + engine.onnxRuntimeVersion());
        report("analysis in-process (decode+detect+landmarks+embed+eyes+pose)", inProcess);
        System.out.printf(Locale.ROOT, "  -> %.1f photos/s on one node%n", 1000 / median(inProcess));
        report("analysis through the resource adapter and gRPC", viaConnector);
        System.out.printf(
                Locale.ROOT,
                "  -> connector overhead ratio (median): %.3f%n",
                median(viaConnector) / median(inProcess));
        report("portrait matting (ISNet 1024x1024)", matting);
    }

    private static void report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-66s n=%d  median %.1f ms  p90 %.1f ms  min %.1f ms%n",
                what,
                sorted.length,
                median(sorted),
                sorted[(int) Math.floor(0.9 * (sorted.length - 1))],
                sorted[0]);
    }

    static double median(double[] values) {
        return percentile(values, 0.5);
    }

    /** The value below which {@code share} of the values lie (nearest rank). */
    static double percentile(double[] values, double share) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(share * sorted.length))];
    }
}
