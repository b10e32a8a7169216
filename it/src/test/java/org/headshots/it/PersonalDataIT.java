package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A person downloads all their data, then erases it: through the API, and in Chromium after the confirmation;
 * afterwards neither the API, nor the admin's audit log, nor the photo store has anything of them.
 */
@Order(6)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class PersonalDataIT {

    @Test
    void aPersonDownloadsAllTheirDataThenErasesItAndNothingOfThemIsLeft() throws Exception {
        String person = "data" + System.currentTimeMillis();
        KeycloakAdmin.createMember("headshots.example", person);
        String olivia = Api.token("olivia");
        long order = draftOrderFor(person, olivia);
        String token = Api.token(person);
        Set<Path> before = storedFiles();
        List<Long> selfies = twoSelfies(token);
        Set<Path> theirs = storedFiles();
        theirs.removeAll(before);
        assertEquals(
                200,
                Api.getImage("/selfies/" + selfies.get(0) + "/thumbnail", olivia)
                        .status(),
                "the admin looks at one");

        HttpResponse<byte[]> download = Api.zip("/me/data.zip", token);
        assertEquals(200, download.statusCode());
        Map<String, byte[]> zip = unzip(download.body());
        for (long id : selfies) {
            BufferedImage selfie = ImageIO.read(new ByteArrayInputStream(zip.get("selfies/selfie-" + id + ".jpg")));
            assertNotNull(selfie, "selfie " + id + " is a picture");
        }
        JsonObject document = Json.createReader(
                        new StringReader(new String(zip.get("your-data.json"), StandardCharsets.UTF_8)))
                .readObject();
        assertEquals(person, document.getString("person"));
        assertEquals(1, document.getJsonArray("consents").size());
        assertEquals(
                order,
                document.getJsonArray("orders")
                        .getJsonObject(0)
                        .getJsonNumber("orderId")
                        .longValue());
        List<String> activity = document.getJsonArray("activity").getValuesAs(JsonObject.class).stream()
                .map(event -> event.getString("who") + " " + event.getString("action"))
                .toList();
        assertTrue(activity.contains("olivia SELFIE_THUMBNAIL_VIEWED_BY_ADMIN"), activity.toString());

        Api.Reply unconfirmed = Api.delete("/me/data", token);
        assertEquals(400, unconfirmed.status(), unconfirmed.body());
        assertEquals(
                2,
                Api.get("/me/selfies", token).object().getJsonArray("selfies").size(),
                "nothing lost");

        Api.Reply erased = Api.delete("/me/data?confirm=true", token);
        assertEquals(200, erased.status(), erased.body());
        assertEquals(2, erased.object().getInt("selfies"));
        assertEquals(1, erased.object().getInt("seats"));

        assertEquals(
                0,
                Api.get("/me/selfies", token).object().getJsonArray("selfies").size());
        assertFalse(Api.get("/me/consent", token).object().getBoolean("accepted"));
        assertEquals(
                404, Api.get("/orders/" + order + "/members/" + person, olivia).status());
        assertEquals(
                0,
                Api.get("/audit?person=" + person, olivia).object().getInt("found"),
                "no event of the audit log names them");
        Set<Path> left = storedFiles();
        Set<Path> gone = theirs.stream().filter(file -> !left.contains(file)).collect(Collectors.toSet());
        assertEquals(4, gone.size(), "their two selfies and two thumbnails left the store: " + gone);
    }

    @Test
    void inTheBrowserThePersonDownloadsTheirDataAndErasesItAfterConfirming() throws Exception {
        String person = "erase" + System.currentTimeMillis();
        KeycloakAdmin.createMember("headshots.example", person);
        draftOrderFor(person, Api.token("olivia"));
        twoSelfies(Api.token(person));
        Browser browser = Browsers.open();
        {
            browser.signInAs(person);
            browser.open("/employee/my-data.xhtml");
            browser.waitFor(By.id("my-data-form:download-my-data"));
            browser.driver().findElement(By.id("my-data-form:download-my-data")).click();
            Path saved = browser.awaitDownload("headshots-data-" + person + "-.*\\.zip", Duration.ofSeconds(60));
            assertTrue(unzip(Files.readAllBytes(saved)).containsKey("your-data.json"));

            browser.driver().findElement(By.id("my-data-form:erase-my-data")).click();
            browser.waitFor(By.id("my-data-form:confirm-erase"));
            browser.driver().findElement(By.id("my-data-form:confirm-erase")).click();
            browser.waitForText(By.id("erased-summary"), "Deleted: 2 selfies, 0 headshots", Duration.ofSeconds(30));
            browser.screenshot("my-data-erased");
            assertTrue(browser.driver()
                            .findElements(By.id("sign-out-after-erasure"))
                            .size()
                    == 1);
        }
        assertEquals(
                0,
                Api.get("/me/selfies", Api.token(person))
                        .object()
                        .getJsonArray("selfies")
                        .size());
    }

    private static long draftOrderFor(String person, String olivia) throws Exception {
        Api.Reply placed = Api.post(
                "/orders",
                olivia,
                "{\"name\":\"Data of " + person + "\",\"people\":[\"" + person + "\"],\"deadline\":\""
                        + LocalDate.now().plusDays(8) + "\",\"draft\":true}");
        assertEquals(201, placed.status(), placed.body());
        return placed.id();
    }

    private static List<Long> twoSelfies(String token) throws Exception {
        JsonObject consent = Api.get("/me/consent", token).object();
        Api.post("/me/consent", token, "{\"version\":\"" + consent.getString("version") + "\"}");
        BufferedImage face = TestPhotos.scaled(TestPhotos.read("astronaut.png"), 5);
        List<Long> ids = new java.util.ArrayList<>();
        for (byte[] photo : List.of(TestPhotos.jpeg(face), TestPhotos.jpeg(TestPhotos.mirrored(face)))) {
            Api.Reply reply = Api.upload("/me/selfies", token, "me.jpg", "image/jpeg", photo);
            assertEquals(201, reply.status(), reply.body());
            ids.add(reply.id());
        }
        return ids;
    }

    private static Set<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(HeadshotsSystem.get().dataDir())) {
            return files.filter(Files::isRegularFile).collect(Collectors.toCollection(HashSet::new));
        }
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
