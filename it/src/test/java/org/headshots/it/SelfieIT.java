package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Selfie intake through the REST API against the real node: verdicts with reason codes on real,
 * edited photos; hostile files refused without storing anything; nobody reads another's photos.
 */
@Order(2)
@ExtendWith(HeadshotsSystem.class)
class SelfieIT {

    private static BufferedImage astronaut;

    @BeforeAll
    static void photos() throws Exception {
        // 5x: the face is about 440 px wide, as in a phone selfie
        astronaut = TestPhotos.scaled(TestPhotos.read("astronaut.png"), 5);
    }

    /** A token of the user, who has consented and, as at the first run, has no selfies. */
    private static String freshToken(String user) throws Exception {
        String token = consentedToken(user);
        for (JsonObject selfie :
                Api.get("/me/selfies", token).object().getJsonArray("selfies").getValuesAs(JsonObject.class)) {
            Api.delete("/me/selfies/" + selfie.getJsonNumber("id").longValue(), token);
        }
        return token;
    }

    private static String consentedToken(String user) throws Exception {
        String token = Api.token(user);
        JsonObject consent = Api.get("/me/consent", token).object();
        if (!consent.getBoolean("accepted")) {
            Api.Reply accepted =
                    Api.post("/me/consent", token, "{\"version\":\"" + consent.getString("version") + "\"}");
            assertTrue(accepted.status() == 200 || accepted.status() == 201, accepted.body());
        }
        return token;
    }

    private static JsonObject upload(String token, String name, String type, byte[] photo, int status)
            throws Exception {
        Api.Reply reply = Api.upload("/me/selfies", token, name, type, photo);
        assertEquals(status, reply.status(), reply.body());
        return reply.object();
    }

    private static List<String> codes(JsonObject selfie) {
        return selfie.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                .map(reason -> reason.getString("code"))
                .toList();
    }

    private static int count(String token) throws Exception {
        return Api.get("/me/selfies", token).object().getJsonArray("selfies").size();
    }

    @Test
    void withoutConsentUploadsAreRefused() throws Exception {
        Api.Reply reply =
                Api.upload("/me/selfies", Api.token("carol"), "me.jpg", "image/jpeg", TestPhotos.jpeg(astronaut));
        assertEquals(403, reply.status(), reply.body());
        assertEquals("CONSENT_REQUIRED", reply.object().getString("error"));
    }

    @Test
    void aGoodSelfieIsAcceptedTheSameOneAgainIsADuplicateAndTwoMakeTheSeatReady() throws Exception {
        // frank is in Sales, which the REST tests ordered headshots for: he has a seat
        String token = freshToken("frank");
        JsonObject first = upload(token, "me.jpg", "image/jpeg", TestPhotos.jpeg(astronaut), 201);
        assertEquals("ACCEPTED", first.getString("verdict"), first.toString());
        assertTrue(first.getJsonObject("metrics").getInt("faceWidth") >= 410, first.toString());

        JsonObject again = upload(token, "me-again.jpg", "image/jpeg", TestPhotos.jpeg(astronaut), 201);
        assertEquals(List.of("DUPLICATE"), codes(again), again.toString());

        JsonObject mirrored =
                upload(token, "me-2.png", "image/png", TestPhotos.png(TestPhotos.mirrored(astronaut)), 201);
        assertEquals("ACCEPTED", mirrored.getString("verdict"), mirrored.toString());
        JsonObject list = Api.get("/me/selfies", token).object();
        assertEquals(2, list.getInt("accepted"));
        assertTrue(list.getBoolean("ready"), list.toString());
        for (JsonObject seat : Api.get("/me/seats", token).json().asJsonArray().getValuesAs(JsonObject.class)) {
            assertEquals("READY", seat.getString("status"), seat.toString());
        }
    }

    @Test
    void eachProblemHasItsReason() throws Exception {
        assertEquals(
                List.of("GRAYSCALE"),
                codes(upload(
                        freshToken("erin"),
                        "bw.jpg",
                        "image/jpeg",
                        TestPhotos.jpeg(TestPhotos.grayscale(astronaut)),
                        201)));
        assertEquals(
                List.of("NO_FACE"),
                codes(upload(
                        freshToken("bob"),
                        "cup.jpg",
                        "image/jpeg",
                        TestPhotos.jpeg(TestPhotos.scaled(TestPhotos.read("coffee.png"), 2)),
                        201)));
        assertEquals(
                List.of("NOT_A_PERSON"),
                codes(upload(
                        freshToken("grace"),
                        "cat.jpg",
                        "image/jpeg",
                        TestPhotos.jpeg(TestPhotos.scaled(TestPhotos.read("chelsea.png"), 4)),
                        201)));
        List<String> small = codes(upload(
                consentedToken("grace"),
                "small.jpg",
                "image/jpeg",
                TestPhotos.jpeg(TestPhotos.scaled(TestPhotos.read("astronaut.png"), 0.75)),
                201));
        assertTrue(small.contains("FACE_TOO_SMALL") && small.contains("IMAGE_TOO_SMALL"), small.toString());
    }

    @Test
    void aTonedPrintIsGreyscaleHoweverSaturatedAWarmPhotoAndABroadSmileAreNot() throws Exception {
        for (int tint : new int[] {0xC07830, 0x1F5FA8}) {
            JsonObject toned = upload(
                    freshToken("erin"),
                    "toned.jpg",
                    "image/jpeg",
                    TestPhotos.jpeg(TestPhotos.toned(astronaut, tint, 0.9)),
                    201);
            assertEquals(List.of("GRAYSCALE"), codes(toned), toned.toString());
        }
        JsonObject warm = upload(
                freshToken("erin"), "warm.jpg", "image/jpeg", TestPhotos.jpeg(TestPhotos.warmer(astronaut)), 201);
        assertEquals("ACCEPTED", warm.getString("verdict"), warm.toString());
        // the astronaut smiles broadly: the outline of her eyes says open
        JsonObject smiling = upload(freshToken("erin"), "smile.jpg", "image/jpeg", TestPhotos.jpeg(astronaut), 201);
        assertEquals("ACCEPTED", smiling.getString("verdict"), smiling.toString());
        assertTrue(
                smiling.getJsonObject("metrics").getJsonNumber("eyeAperture").doubleValue() >= 0.2, smiling.toString());
        assertTrue(warm.getJsonObject("metrics").getJsonNumber("toneResidual").doubleValue() > 5, warm.toString());
    }

    @Test
    void someoneElseIsCaughtAtTheSecondPhotoNamingTheOneItDisagreesWith() throws Exception {
        String token = freshToken("erin");
        assertEquals(
                "ACCEPTED",
                upload(token, "me.jpg", "image/jpeg", TestPhotos.jpeg(astronaut), 201)
                        .getString("verdict"));
        JsonObject other = upload(
                token,
                "other.jpg",
                "image/jpeg",
                TestPhotos.jpeg(TestPhotos.mirrored(TestPhotos.scaled(TestPhotos.read("camera.png"), 8))),
                201);
        assertTrue(codes(other).contains("DIFFERENT_PERSON"), other.toString());
        String message = other.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("code").equals("DIFFERENT_PERSON"))
                .findFirst()
                .orElseThrow()
                .getString("message");
        assertTrue(message.contains("your photo of") && message.contains("delete it"), message);
    }

    @Test
    void moreProblemsFromEditedPhotosEachHaveTheirReason() throws Exception {
        BufferedImage camera = TestPhotos.scaled(TestPhotos.read("camera.png"), 8);
        assertEquals(
                List.of("MULTIPLE_FACES"),
                codes(upload(
                        freshToken("erin"),
                        "group.jpg",
                        "image/jpeg",
                        TestPhotos.jpeg(TestPhotos.sideBySide(astronaut, TestPhotos.mirrored(astronaut))),
                        201)));
        // blurred at the photo's own resolution, then enlarged like the others
        List<String> soft = codes(upload(
                freshToken("erin"),
                "soft.jpg",
                "image/jpeg",
                TestPhotos.jpeg(TestPhotos.scaled(TestPhotos.blurred(TestPhotos.read("astronaut.png"), 3), 5)),
                201));
        assertTrue(soft.contains("BLURRY"), soft.toString());
        List<String> night = codes(upload(
                freshToken("erin"),
                "night.jpg",
                "image/jpeg",
                TestPhotos.jpeg(TestPhotos.exposed(astronaut, 0.25)),
                201));
        assertTrue(night.contains("TOO_DARK"), night.toString());
        List<String> sun = codes(upload(
                freshToken("erin"), "sun.jpg", "image/jpeg", TestPhotos.jpeg(TestPhotos.exposed(astronaut, 1.8)), 201));
        assertTrue(sun.contains("TOO_BRIGHT"), sun.toString());
        assertEquals(
                List.of("FACE_CUT_OFF"),
                codes(upload(
                        freshToken("erin"),
                        "cut.jpg",
                        "image/jpeg",
                        TestPhotos.jpeg(TestPhotos.cropped(astronaut, 0, 400, 2560, 2160)),
                        201)));
        List<String> turned =
                codes(upload(freshToken("erin"), "turned.jpg", "image/jpeg", TestPhotos.jpeg(camera), 201));
        assertTrue(turned.contains("HEAD_TURNED"), turned.toString());

        JsonObject upright =
                upload(freshToken("erin"), "IMG_0002.jpg", "image/jpeg", TestPhotos.sidewaysWithExif(astronaut), 201);
        assertEquals("ACCEPTED", upright.getString("verdict"), upright.toString());

        String token = freshToken("erin");
        upload(token, "a.jpg", "image/jpeg", TestPhotos.jpeg(astronaut), 201);
        upload(token, "b.png", "image/png", TestPhotos.png(TestPhotos.mirrored(astronaut)), 201);
        List<String> someoneElse = codes(
                upload(token, "someone-else.jpg", "image/jpeg", TestPhotos.jpeg(TestPhotos.mirrored(camera)), 201));
        assertTrue(someoneElse.contains("DIFFERENT_PERSON"), someoneElse.toString());
    }

    @Test
    void filesThatAreNoUsablePhotoAreRefusedAndNothingIsStored() throws Exception {
        String token = consentedToken("dave");
        int before = count(token);
        Api.Reply text = Api.upload(
                "/me/selfies",
                token,
                "holiday.jpg",
                "image/jpeg",
                "this is not a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(415, text.status(), text.body());
        byte[] photo = TestPhotos.png(astronaut);
        Api.Reply truncated = Api.upload(
                "/me/selfies", token, "cut.png", "image/png", java.util.Arrays.copyOf(photo, photo.length / 2));
        assertEquals(422, truncated.status(), truncated.body());
        Api.Reply bomb = Api.upload("/me/selfies", token, "bomb.png", "image/png", TestPhotos.pngBomb());
        assertEquals(422, bomb.status(), bomb.body());
        assertTrue(bomb.object().getString("message").contains("megapixels"), bomb.body());
        byte[] heic = new byte[64];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
        Api.Reply iphone = Api.upload("/me/selfies", token, "IMG_0001.HEIC", "image/heic", heic);
        assertEquals(415, iphone.status(), iphone.body());
        assertTrue(iphone.object().getString("message").contains("JPEG"), iphone.body());
        Api.Reply huge = Api.upload("/me/selfies", token, "huge.jpg", "image/jpeg", new byte[40_000_000]);
        assertTrue(huge.status() == 413, huge.status() + " " + huge.body());
        assertTrue(huge.object().getString("message").startsWith("The file is 40.0 MB"), huge.body());
        Api.Reply several = Api.uploadAll(
                "/me/selfies",
                token,
                "image/jpeg",
                java.util.Map.of("one.jpg", new byte[1000], "two.jpg", new byte[1000], "three.jpg", new byte[1000]));
        assertEquals(400, several.status(), several.body());
        assertTrue(several.object().getString("message").contains("has 3"), several.body());
        assertEquals(before, count(token));
    }

    @Test
    void nobodyReadsOrDeletesAnotherPersonsSelfie() throws Exception {
        String bob = freshToken("bob");
        long id = upload(bob, "me-3.png", "image/png", TestPhotos.png(TestPhotos.scaled(astronaut, 0.9)), 201)
                .getJsonNumber("id")
                .longValue();
        String dave = consentedToken("dave");
        assertEquals(404, Api.getImage("/me/selfies/" + id + "/thumbnail", dave).status());
        assertEquals(404, Api.delete("/me/selfies/" + id, dave).status());
        assertEquals(200, Api.getImage("/me/selfies/" + id + "/thumbnail", bob).status());
        assertEquals(
                200,
                Api.getImage("/selfies/" + id + "/thumbnail", Api.token("olivia"))
                        .status(),
                "an admin of bob's organisation sees the thumbnail");
        assertEquals(
                404,
                Api.getImage("/selfies/" + id + "/thumbnail", Api.token("oscar"))
                        .status(),
                "an admin of another organisation does not");
        assertEquals(403, Api.getImage("/selfies/" + id + "/thumbnail", dave).status());
        assertEquals(204, Api.delete("/me/selfies/" + id, bob).status());
        assertEquals(404, Api.getImage("/me/selfies/" + id + "/thumbnail", bob).status());
    }
}
