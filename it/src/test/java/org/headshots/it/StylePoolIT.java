package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.headshots.node.domain.face.Embedding;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The style pool as pictures: a node makes one sample headshot of the shipped sample subject per style the
 * fleet offers, the application keeps it, and admins of every organisation read the same catalogue.
 */
@Order(6)
@ExtendWith(HeadshotsSystem.class)
class StylePoolIT {

    @Test
    void everyOfferedStyleGetsASampleHeadshotOfTheSampleSubject() throws Exception {
        String olivia = Api.token("olivia");
        List<JsonObject> styles = awaitSamples(olivia, Duration.ofMinutes(4));
        assertTrue(styles.size() >= 8, "the starter pack's styles: " + styles);

        Embedding subject = FaceJudge.identity(TestPhotos.read("astronaut.png"));
        Set<String> distinct = new HashSet<>();
        for (JsonObject style : styles) {
            String name = style.getString("style");
            assertEquals("/api/v1/styles/" + name + "/sample", style.getString("sample"));
            HttpResponse<byte[]> sample = Api.bytes("/styles/" + name + "/sample", olivia);
            assertEquals(200, sample.statusCode(), name);
            assertEquals(
                    "image/jpeg", sample.headers().firstValue("Content-Type").orElse(""), name);
            FaceJudge.Judgement judged = FaceJudge.judge(sample.body(), subject);
            assertEquals(1, judged.faces(), name + ": one face");
            assertTrue(judged.cosine() > 0.6, name + " shows the sample subject (cosine " + judged.cosine() + ")");
            assertTrue(
                    judged.width() >= 256 && judged.height() >= 256,
                    name + ": " + judged.width() + "x" + judged.height());
            distinct.add(sha256(sample.body()));
        }
        assertEquals(styles.size(), distinct.size(), "each style's sample is its own picture");
    }

    @Test
    void theCatalogueIsTheSameForEveryOrganisationAndRefusedToEmployees() throws Exception {
        List<JsonObject> forOlivia = awaitSamples(Api.token("olivia"), Duration.ofMinutes(4));
        String oscar = Api.token("oscar");
        assertEquals(forOlivia, Api.get("/styles", oscar).json().asJsonArray().getValuesAs(JsonObject.class));
        assertArrayEquals(
                Api.bytes("/styles/studio-grey/sample", Api.token("olivia")).body(),
                Api.bytes("/styles/studio-grey/sample", oscar).body());

        Api.Reply unknown = Api.getImage("/styles/no-such-style/sample", oscar);
        assertEquals(404, unknown.status(), unknown.body());
        assertEquals("NOT_FOUND", unknown.object().getString("error"));

        String gina = Api.token("gina");
        assertEquals(403, Api.get("/styles", gina).status());
        assertEquals(403, Api.getImage("/styles/studio-grey/sample", gina).status());
        assertFalse(Api.get("/styles", gina).body().contains("studio-grey"));
    }

    /** The styles once every one has its sample. */
    static List<JsonObject> awaitSamples(String token, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            Api.Reply reply = Api.get("/styles", token);
            assertEquals(200, reply.status(), reply.body());
            List<JsonObject> styles = reply.json().asJsonArray().getValuesAs(JsonObject.class);
            if (!styles.isEmpty()
                    && styles.stream().allMatch(style -> style.containsKey("sample") && !style.isNull("sample"))) {
                return styles;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("Not every style got its sample within " + timeout + ": " + styles);
            }
            Thread.sleep(2000);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
