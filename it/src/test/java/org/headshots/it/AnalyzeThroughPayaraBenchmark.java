package org.headshots.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The connector's overhead as a person's request sees it: the round trip of {@code POST /api/v1/nodes/analyze}
 * (HTTP, Payara, the EJB, the resource adapter, gRPC, the node) against the time the node itself worked on
 * the same photo, which it reports with every answer. Needs the system up ({@code bin/headshots up}).
 *
 * <pre>mvn -o -q -f it/pom.xml exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.headshots.it.AnalyzeThroughPayaraBenchmark -Dexec.args="PHOTO [N]"</pre>
 */
public final class AnalyzeThroughPayaraBenchmark {

    private AnalyzeThroughPayaraBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path photoFile = Path.of(args.length > 0 ? args[0] : "gpu-node/src/test/resources/photos/astronaut.png");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        byte[] photo = Files.readAllBytes(photoFile);
        String type = photoFile.toString().endsWith(".png") ? "image/png" : "image/jpeg";
        String token = Api.token("ivan");
        for (int i = 0; i < 5; i++) {
            check(Api.postPhoto("/nodes/analyze", token, type, photo));
        }
        double[] roundTrip = new double[n];
        double[] nodeWork = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            Api.Reply reply = check(Api.postPhoto("/nodes/analyze", token, type, photo));
            roundTrip[i] = (System.nanoTime() - start) / 1e6;
            nodeWork[i] = reply.object().getJsonNumber("workMillis").doubleValue();
        }
        Arrays.sort(roundTrip);
        Arrays.sort(nodeWork);
        System.out.printf(
                Locale.ROOT, "photo %s, %d analyses through %s%n", photoFile.getFileName(), n, HeadshotsSystem.APP);
        System.out.printf(
                Locale.ROOT,
                "round trip (HTTP, Payara, EJB, resource adapter, gRPC, node): median %.1f ms, p90 %.1f ms%n",
                roundTrip[n / 2],
                roundTrip[(int) (0.9 * (n - 1))]);
        System.out.printf(Locale.ROOT, "node's own work (decode + face pipeline): median %.1f ms%n", nodeWork[n / 2]);
        System.out.printf(
                Locale.ROOT,
                "overhead ratio (round trip / node work, medians): %.3f; added %.1f ms%n",
                roundTrip[n / 2] / nodeWork[n / 2],
                roundTrip[n / 2] - nodeWork[n / 2]);
    }

    private static Api.Reply check(Api.Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException("HTTP " + reply.status() + ": " + reply.body());
        }
        return reply;
    }
}
