package org.headshots.node.infrastructure.pipeline;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;
import org.headshots.node.application.DecodedPhoto;
import org.headshots.node.domain.face.AnalyzedFace;
import org.headshots.node.domain.face.PhotoAnalysis;
import org.headshots.node.infrastructure.DeviceProbe;
import org.headshots.node.infrastructure.OnnxRuntimeEngine;
import org.headshots.node.infrastructure.OnnxRuntimeEngine.ProviderChoice;
import org.headshots.node.infrastructure.compose.JpegEncoder;
import org.headshots.node.infrastructure.image.PhotoDecoder;
import org.headshots.node.infrastructure.image.PhotoInspector;

/**
 * How long the node takes to check a 12-megapixel phone selfie, stage by stage: decode (EXIF
 * orientation included), detection with the face models (landmarks, embedding, eyes, pose), quality
 * measures, and the upright JPEG with its thumbnail. Median and 95th percentile over N photos.
 *
 * <pre>mvn -o -q -pl gpu-node org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.headshots.node.infrastructure.pipeline.SelfieCheckBenchmark -Dexec.args=30</pre>
 */
public final class SelfieCheckBenchmark {

    private SelfieCheckBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        BufferedImage astronaut = TestPhotos.load("astronaut.png");
        byte[] jpeg = new JpegEncoder(0.9f)
                .encode(TestPhotos.transformed(
                        astronaut, AffineTransform.getScaleInstance(4000 / 512.0, 3000 / 512.0), 4000, 3000));
        OnnxRuntimeEngine engine = OnnxRuntimeEngine.start(ProviderChoice.AUTO, 0, new DeviceProbe());
        double[][] stages = new double[5][n];
        try (FacePipeline pipeline = FacePipeline.open(engine, StarterPack.models())) {
            pipeline.warmUp();
            PhotoDecoder decoder = new PhotoDecoder();
            PhotoInspector inspector = new PhotoInspector();
            for (int run = -3; run < n; run++) {
                long t0 = System.nanoTime();
                DecodedPhoto photo = decoder.read(jpeg);
                long t1 = System.nanoTime();
                PhotoAnalysis analysis = pipeline.analyze(photo.image());
                long t2 = System.nanoTime();
                inspector.measure(photo, analysis.faces().stream().findFirst().map(AnalyzedFace::box));
                long t3 = System.nanoTime();
                inspector.render(photo.image(), 320);
                long t4 = System.nanoTime();
                if (run >= 0) {
                    stages[0][run] = (t1 - t0) / 1e6;
                    stages[1][run] = (t2 - t1) / 1e6;
                    stages[2][run] = (t3 - t2) / 1e6;
                    stages[3][run] = (t4 - t3) / 1e6;
                    stages[4][run] = (t4 - t0) / 1e6;
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "12 MP JPEG (%d KB), %d runs after 3 warm-ups, %s%n",
                jpeg.length / 1024,
                n,
                engine.device());
        String[] names = {
            "decode", "detection + face models", "quality measures", "upright JPEG + thumbnail", "whole check"
        };
        for (int i = 0; i < names.length; i++) {
            double[] sorted = stages[i].clone();
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "%-26s median %6.0f ms   p95 %6.0f ms%n",
                    names[i],
                    sorted[n / 2],
                    sorted[(int) Math.ceil(0.95 * n) - 1]);
        }
    }
}
