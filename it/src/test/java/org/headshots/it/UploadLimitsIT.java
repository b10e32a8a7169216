package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person uploading 20 photos is never held back; a script sending photo after photo is told to wait (429 with
 * Retry-After); photos sent at once wait their turn for a check, and the person can see how many are ahead.
 */
@Order(6)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class UploadLimitsIT {

    @Test
    void aPersonUploadingTwentyPhotosIsNeverToldToWait() throws Exception {
        String token = consented("twenty" + System.currentTimeMillis());
        BufferedImage face = TestPhotos.scaled(TestPhotos.read("astronaut.png"), 2);
        for (int i = 0; i < 20; i++) {
            BufferedImage photo = i % 2 == 0 ? face : TestPhotos.mirrored(face);
            Api.Reply reply =
                    Api.upload("/me/selfies", token, "me-" + i + ".jpg", "image/jpeg", TestPhotos.jpeg(photo));
            assertEquals(201, reply.status(), "photo " + (i + 1) + ": " + reply.body());
        }
    }

    @Test
    void aScriptSendingPhotoAfterPhotoIsToldWhenToTryAgain() throws Exception {
        String token = consented("script" + System.currentTimeMillis());
        byte[] notAPhoto = "not a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<Integer> statuses = new ArrayList<>();
        Api.Reply refused = null;
        for (int i = 0; i < 45 && refused == null; i++) {
            Api.Reply reply = Api.upload("/me/selfies", token, "x.jpg", "image/jpeg", notAPhoto);
            statuses.add(reply.status());
            if (reply.status() == 429) {
                refused = reply;
            }
        }

        assertEquals(41, statuses.size(), "40 at once are taken, the 41st is refused: " + statuses);
        assertTrue(statuses.subList(0, 40).stream().allMatch(status -> status == 415), statuses.toString());
        assertEquals("TOO_MANY_UPLOADS", refused.object().getString("error"));
        long retryAfter =
                Long.parseLong(refused.raw().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 3, "the next token comes within 3 seconds: " + retryAfter);
        Thread.sleep(TimeUnit.SECONDS.toMillis(retryAfter));
        assertEquals(
                415,
                Api.upload("/me/selfies", token, "x.jpg", "image/jpeg", notAPhoto)
                        .status(),
                "taken again");
    }

    @Test
    void photosSentAtOnceWaitTheirTurnAndThePersonSeesHowManyAreAhead() throws Exception {
        String person = "queue" + System.currentTimeMillis();
        String token = consented(person);
        Browser browser = Browsers.open();
        browser.signInAs(person);
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        BufferedImage face = TestPhotos.scaled(TestPhotos.read("astronaut.png"), 4);
        ExecutorService uploads = Executors.newFixedThreadPool(12);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        try {
            List<Future<Api.Reply>> sent = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                BufferedImage photo = TestPhotos.exposed(face, 0.9 + i * 0.01);
                sent.add(uploads.submit(
                        () -> Api.upload("/me/selfies", token, "me.jpg", "image/jpeg", TestPhotos.jpeg(photo))));
            }
            while (sent.stream().anyMatch(upload -> !upload.isDone())) {
                JsonObject turn = turn(session);
                seen.add(turn.getString("state"));
                Thread.sleep(50);
            }
            for (Future<Api.Reply> upload : sent) {
                Api.Reply reply = upload.get(5, TimeUnit.MINUTES);
                assertEquals(201, reply.status(), reply.body());
            }
        } finally {
            uploads.shutdownNow();
        }
        assertTrue(seen.contains("waiting"), "12 photos at once, 4 checked at a time: some wait " + seen);
        assertTrue(seen.contains("checking"), seen.toString());
        assertEquals("none", turn(session).getString("state"), "all checked");
    }

    private static JsonObject turn(String session) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(HeadshotsSystem.APP + "/employee/check-turn"))
                                .header("Cookie", "JSESSIONID=" + session)
                                .timeout(Duration.ofSeconds(10))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static String consented(String person) throws Exception {
        KeycloakAdmin.createMember("headshots.example", person);
        String token = Api.token(person);
        JsonObject consent = Api.get("/me/consent", token).object();
        Api.post("/me/consent", token, "{\"version\":\"" + consent.getString("version") + "\"}");
        return token;
    }
}
