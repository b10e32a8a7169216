package org.headshots.node.infrastructure.pipeline;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;
import org.headshots.node.application.ImageUpscaler;
import org.headshots.node.infrastructure.DeviceProbe;
import org.headshots.node.infrastructure.OnnxRuntimeEngine;
import org.headshots.node.infrastructure.OnnxRuntimeEngine.ProviderChoice;

/**
 * How long the starter pack's Real-ESRGAN takes: a 256 × 256 face crop four times, and the whole 512 × 512
 * astronaut 3.5 times (what preparing a reference with a 120 px face does); bicubic for comparison. Median of N.
 *
 * <pre>mvn -o -q -pl gpu-node test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.headshots.node.infrastructure.pipeline.UpscalingBenchmark -Dexec.args=5</pre>
 */
public final class UpscalingBenchmark {

    private UpscalingBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        BufferedImage astronaut = TestPhotos.load("astronaut.png");
        BufferedImage face = RealEsrganUpscalerTest.copy(astronaut.getSubimage(100, 0, 256, 256));
        OnnxRuntimeEngine engine = OnnxRuntimeEngine.start(ProviderChoice.AUTO, 0, new DeviceProbe());
        try (RealEsrganUpscaler upscaler = RealEsrganUpscaler.open(engine, RealEsrganUpscalerTest.model())) {
            upscaler.warmUp();
            System.out.println(
                    "Device: " + engine.device() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
            report("Real-ESRGAN 256x256 x4", n, () -> upscaler.enlarge(face, 4));
            report("Real-ESRGAN 512x512 x3.5", n, () -> upscaler.enlarge(astronaut, 3.5));
            report("bicubic 256x256 x4", n, () -> ImageUpscaler.bicubic().enlarge(face, 4));
        }
    }

    private interface Run {
        BufferedImage run() throws Exception;
    }

    private static void report(String what, int n, Run run) throws Exception {
        run.run();
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            run.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                Locale.ROOT,
                "%-26s median %7.0f ms, min %7.0f, max %7.0f (%d runs)%n",
                what,
                ms[n / 2],
                ms[0],
                ms[n - 1],
                n);
    }
}
