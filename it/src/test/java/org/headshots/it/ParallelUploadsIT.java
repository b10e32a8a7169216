package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Selfies sent in parallel through the API: each upload counts only its own selfie before it commits, yet once
 * both are kept the person's seat is ready and their run is queued.
 */
@Order(6)
@ExtendWith(HeadshotsSystem.class)
class ParallelUploadsIT {

    @Test
    void twoSelfiesUploadedAtOnceMakeTheSeatReady() throws Exception {
        String person = "para" + System.currentTimeMillis();
        KeycloakAdmin.createMember("headshots.example", person);
        String olivia = Api.token("olivia");
        Api.Reply placed = Api.post(
                "/orders",
                olivia,
                "{\"name\":\"Parallel uploads\",\"people\":[\"" + person
                        + "\"],\"deadline\":\"" + LocalDate.now().plusDays(8) + "\",\"headshotsPerPerson\":1,"
                        + "\"styles\":[\"studio-grey\"]}");
        assertEquals(201, placed.status(), placed.body());
        long order = placed.id();

        String token = Api.token(person);
        JsonObject consent = Api.get("/me/consent", token).object();
        Api.post("/me/consent", token, "{\"version\":\"" + consent.getString("version") + "\"}");
        BufferedImage face = TestPhotos.scaled(TestPhotos.read("astronaut.png"), 5);
        List<byte[]> photos = List.of(TestPhotos.jpeg(face), TestPhotos.png(TestPhotos.mirrored(face)));
        List<CompletableFuture<Api.Reply>> uploads = photos.stream()
                .map(photo -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return Api.upload("/me/selfies", token, "me.jpg", "image/jpeg", photo);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .toList();
        for (CompletableFuture<Api.Reply> upload : uploads) {
            Api.Reply reply = upload.get();
            assertEquals(201, reply.status(), reply.body());
            assertEquals("ACCEPTED", reply.object().getString("verdict"), reply.body());
        }

        long until = System.nanoTime() + 30_000_000_000L;
        List<JsonObject> runs = List.of();
        while (System.nanoTime() < until && runs.isEmpty()) {
            Thread.sleep(1000);
            runs = Api.get("/me/jobs", token).json().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(run -> run.getJsonNumber("order").longValue() == order)
                    .toList();
        }
        assertEquals(1, runs.size(), "the seat became ready and its run was queued once: " + runs);
        String state = Api.get("/orders/" + order + "/members/" + person, olivia)
                .object()
                .getString("state");
        assertTrue(List.of("READY", "MAKING", "DONE").contains(state), state);
    }
}
