package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL killed with SIGKILL in the middle of a person's generation, then started again: the application
 * server keeps running, answers 503 (try again) while the database is away, and the run goes on from its
 * checkpoint to exactly the ordered count, no headshot missing or twice; mail, which a scheduled round sends,
 * still goes. Only on PostgreSQL: H2 lives inside Payara, whose own kill {@link HeadshotsIT} covers.
 */
@Order(8)
@ExtendWith(HeadshotsSystem.class)
class DatabaseCrashIT {

    private static final int COUNT = 8;

    @Test
    void aRunWhoseDatabaseIsKilledMidGenerationResumesOnceItIsBackWithNothingLostOrTwice() throws Exception {
        HeadshotsSystem system = HeadshotsSystem.get();
        assumeTrue(system.postgres().isPresent(), "PostgreSQL only");
        ThrowAwayPostgres postgres = system.postgres().orElseThrow();

        String person = "crash" + System.currentTimeMillis();
        KeycloakAdmin.createMember("headshots.example", person);
        Api.Reply order = Api.post(
                "/orders",
                Api.token("olivia"),
                "{\"name\":\"Crash of " + person + "\",\"people\":[\"" + person + "\"],\"deadline\":\""
                        + LocalDate.now().plusDays(8) + "\",\"headshotsPerPerson\":" + COUNT
                        + ",\"styles\":[\"white-clean\"]}");
        assertEquals(201, order.status(), order.body());
        String token = Api.token(person);
        JsonObject consent = Api.get("/me/consent", token).object();
        Api.post("/me/consent", token, "{\"version\":\"" + consent.getString("version") + "\"}");
        BufferedImage face = TestPhotos.scaled(TestPhotos.read("astronaut.png"), 5);
        for (byte[] photo : List.of(TestPhotos.jpeg(face), TestPhotos.jpeg(TestPhotos.mirrored(face)))) {
            Api.Reply upload = Api.upload("/me/selfies", token, "me.jpg", "image/jpeg", photo);
            assertEquals(201, upload.status(), upload.body());
        }

        long until = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        JsonObject run = HeadshotsIT.run(token, 1);
        while (run.getInt("done") < 2 && System.nanoTime() < until) {
            Thread.sleep(300);
            run = HeadshotsIT.run(Api.token(person), 1);
        }
        assertTrue(run.getInt("done") >= 2 && run.getInt("done") < COUNT, "killed mid-generation: " + run);

        postgres.crash();
        // longer than a scheduled round and its retry: enterprise bean timers were dropped for good after that
        Thread.sleep(40_000);
        Api.Reply whileAway = Api.get("/me/selfies", token);
        assertEquals(503, whileAway.status(), whileAway.body());
        assertEquals("DATABASE_UNAVAILABLE", whileAway.object().getString("error"), whileAway.body());
        postgres.restart();

        JsonObject done = HeadshotsIT.awaitRun(person, 1, "COMPLETED", Duration.ofMinutes(10));
        assertEquals(COUNT, done.getInt("done"), done.toString());
        List<JsonObject> gallery = HeadshotsIT.headshots(Api.token(person));
        assertEquals(COUNT, gallery.size(), "exactly the ordered count: " + gallery);
        Set<String> hashes = new HashSet<>();
        gallery.forEach(h -> assertTrue(hashes.add(h.getString("sha256")), "no image twice: " + h));
        assertEquals(
                2,
                Api.get("/me/selfies", Api.token(person))
                        .object()
                        .getJsonArray("selfies")
                        .size(),
                "the selfies taken before the crash are all there");

        Api.Reply reminded =
                Api.post("/orders/" + order.id() + "/remind", Api.token("olivia"), "{\"people\":[\"" + person + "\"]}");
        assertEquals(202, reminded.status(), reminded.body());
        MailCatcher.await(
                person + "@headshots.example",
                mail -> mail.subject().startsWith("Reminder") && mail.subject().contains("Crash of " + person),
                Duration.ofSeconds(60));
    }
}
