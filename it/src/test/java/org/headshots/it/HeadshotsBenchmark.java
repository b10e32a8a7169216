package org.headshots.it;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Locale;

/**
 * From ready to gallery for one employee: an org admin orders {@code COUNT} headshots a person in the four
 * standard styles for the department, the employee uploads {@code SELFIES} selfies (variants of the committed
 * public-domain photo), and the clock runs from the upload that makes the seat ready until the run completes.
 * Prints the wall time and where it went: the identity build, the node's stages summed over the headshots,
 * storing, and what the batch steps spent outside the node (connector, transfer, batch runtime).
 *
 * <p>Needs a fresh system whose selfie gate takes {@code SELFIES} selfies to be ready and lets one photo's
 * variants through as different photos:
 * <pre>HEADSHOTS_SELFIES_MINIMUM=15 HEADSHOTS_SELFIES_DUPLICATE_SIMILARITY=1.01 \
 *   HEADSHOTS_SELFIES_MAX_DUPLICATE_HASH_DISTANCE=-1 bin/headshots reset --yes
 * mvn -o -q -f it/pom.xml test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.headshots.it.HeadshotsBenchmark -Dexec.args="grace Design 15 40"</pre>
 */
public final class HeadshotsBenchmark {

    private HeadshotsBenchmark() {}

    public static void main(String[] args) throws Exception {
        String person = args.length > 0 ? args[0] : "grace";
        String department = args.length > 1 ? args[1] : "Design";
        int selfies = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 40;

        require(
                Api.get("/me/jobs", Api.token(person)).json().asJsonArray().isEmpty(),
                person + " has headshot runs already: the benchmark needs a fresh system (bin/headshots reset)");
        Api.Reply order = Api.post(
                "/orders",
                Api.token("olivia"),
                "{\"name\":\"Benchmark " + System.nanoTime()
                        + "\",\"department\":\"" + department + "\",\"deadline\":\""
                        + LocalDate.now().plusDays(30)
                        + "\",\"headshotsPerPerson\":" + count + "}");
        require(order.status() == 201, order);
        String token = Api.token(person);
        JsonObject consent = Api.get("/me/consent", token).object();
        Api.post("/me/consent", token, "{\"version\":\"" + consent.getString("version") + "\"}");

        BufferedImage astronaut = TestPhotos.read("astronaut.png");
        long ready = 0;
        int accepted = 0;
        for (int i = 0; i < selfies; i++) {
            BufferedImage variant = TestPhotos.exposed(
                    TestPhotos.scaled(i % 2 == 0 ? astronaut : TestPhotos.mirrored(astronaut), 4.6 + 0.05 * i),
                    0.92 + 0.012 * i);
            Api.Reply upload =
                    Api.upload("/me/selfies", token, "selfie-" + i + ".jpg", "image/jpeg", TestPhotos.jpeg(variant));
            require(upload.status() == 201, upload);
            ready = System.nanoTime();
            accepted += upload.object().getString("verdict").equals("ACCEPTED") ? 1 : 0;
        }
        require(accepted == selfies, "only " + accepted + " of " + selfies + " selfies were accepted");

        JsonObject run;
        long started = 0;
        while (true) {
            run = Api.get("/me/jobs", Api.token(person)).json().asJsonArray().getJsonObject(0);
            if (started == 0 && !run.getString("status").equals("QUEUED")) {
                started = System.nanoTime();
            }
            if (run.getString("status").equals("COMPLETED")) {
                break;
            }
            require(!run.getString("status").equals("FAILED"), run.toString());
            Thread.sleep(250);
        }
        long wall = (System.nanoTime() - ready) / 1_000_000;
        JsonObject ms = run.getJsonObject("millis");
        long identity = ms.getJsonNumber("identity").longValue();
        long prepare = ms.getJsonNumber("prepare").longValue();
        long compose = ms.getJsonNumber("compose").longValue();
        long check = ms.getJsonNumber("check").longValue();
        long encode = ms.getJsonNumber("encode").longValue();
        long store = ms.getJsonNumber("store").longValue();
        long calls = ms.getJsonNumber("calls").longValue();
        long nodeWork = prepare + compose + check + encode;
        long stepTime = calls + store;
        System.out.printf(
                Locale.ROOT,
                "%s: %d selfies, %d headshots (%d done), from ready to gallery %.1f s" + " (queued %.1f s)%n",
                person,
                selfies,
                count,
                run.getInt("done"),
                wall / 1000.0,
                (started - ready) / 1e9);
        System.out.printf(
                Locale.ROOT,
                "identity build %.1f s; references prepared (decode, analyse, matte) %.1f s;"
                        + " compositing %.1f s; checks %.1f s; encoding %.1f s; storing %.1f s (summed over %d headshots)%n",
                identity / 1000.0,
                prepare / 1000.0,
                compose / 1000.0,
                check / 1000.0,
                encode / 1000.0,
                store / 1000.0,
                count);
        System.out.printf(
                Locale.ROOT,
                "per headshot: compositing %.0f ms, checks %.0f ms, encoding %.0f ms," + " storing %.0f ms%n",
                (double) compose / count,
                (double) check / count,
                (double) encode / count,
                (double) store / count);
        System.out.printf(
                Locale.ROOT,
                "generate calls as the batch steps waited %.1f s, of which the node worked"
                        + " %.1f s: outside the node (connector, gRPC transfer, queueing on the node) %.1f s; with storing,"
                        + " %.1f%% of the steps' time is spent outside the node%n",
                calls / 1000.0,
                nodeWork / 1000.0,
                (calls - nodeWork) / 1000.0,
                100.0 * (stepTime - nodeWork) / stepTime);
    }

    private static void require(boolean condition, Object what) {
        if (!condition) {
            throw new IllegalStateException(String.valueOf(what));
        }
    }
}
