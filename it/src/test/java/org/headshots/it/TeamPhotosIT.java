package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The team's favourites as one ZIP: folders per department and person, the sizes asked for, only the selected
 * people when asked, audited; refused to another company's admin and to employees; downloaded from the cockpit.
 */
@Order(6)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class TeamPhotosIT {

    @Test
    void theZipHoldsEachFavouriteInTheSizesAskedForInFoldersPerDepartmentAndPerson() throws Exception {
        String olivia = Api.token("olivia");
        long sales = SalesOrder.id(olivia);
        SalesOrder.frankChoosesAFavourite(sales);

        HttpResponse<byte[]> reply = Api.bytes("/orders/" + sales + "/photos.zip?sizes=1024,profile", olivia);
        assertEquals(200, reply.statusCode(), new String(reply.body()));
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));
        assertEquals(
                "attachment; filename=\"team-photos-" + LocalDate.now() + ".zip\"",
                reply.headers().firstValue("Content-Disposition").orElse(""));
        List<Entry> entries = entries(reply.body());
        assertEquals("README.txt", entries.get(0).name());
        assertTrue(
                entries.get(0).text().contains(RestApiIT.placedOrder),
                entries.get(0).text());

        List<JsonObject> chosen = Api.get("/orders/" + sales + "/members?max=500", olivia)
                .object()
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(m -> m.containsKey("favouriteId") && !m.isNull("favouriteId"))
                .toList();
        Set<String> folders = entries.stream()
                .filter(e -> e.name().endsWith(".jpg"))
                .map(e -> e.name().substring(0, e.name().lastIndexOf('/')))
                .collect(Collectors.toSet());
        assertEquals(
                chosen.stream()
                        .map(m -> (m.getString("department").isEmpty() ? "No department" : m.getString("department"))
                                + "/" + m.getString("name"))
                        .collect(Collectors.toSet()),
                folders);
        List<Entry> frank =
                entries.stream().filter(e -> e.name().startsWith("Sales/Frank")).toList();
        assertEquals(2, frank.size(), entries.toString());
        for (Entry photo : frank) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
            assertNotNull(image, photo.name() + " is an image");
            if (photo.name().endsWith("-profile.png")) {
                assertEquals(image.getWidth(), image.getHeight(), "a square profile picture");
            } else {
                assertTrue(photo.name().endsWith("-1024.jpg"), photo.name());
                assertTrue(Math.max(image.getWidth(), image.getHeight()) <= 1024);
            }
        }
        assertTrue(entries.stream().noneMatch(e -> e.name().endsWith("-original.jpg")), "only the sizes asked for");

        List<Entry> onlyFrank = entries(Api.bytes("/orders/" + sales + "/photos.zip?sizes=profile&people=frank", olivia)
                .body());
        assertEquals(
                List.of("README.txt"),
                onlyFrank.stream()
                        .map(Entry::name)
                        .filter(name -> !name.startsWith("Sales/Frank"))
                        .toList(),
                "the selection only");
        assertEquals(1, onlyFrank.size() - 1);

        assertEquals(
                400,
                Api.get("/orders/" + sales + "/photos.zip?sizes=huge", olivia).status());
        assertEquals(
                404,
                Api.get("/orders/" + sales + "/photos.zip", Api.token("oscar")).status());
        assertEquals(
                403,
                Api.get("/orders/" + sales + "/photos.zip", Api.token("frank")).status());
        JsonObject audited =
                Api.get("/audit?action=TEAM_PHOTOS_DOWNLOADED", olivia).object();
        assertTrue(audited.getJsonArray("entries").size() >= 2, audited.toString());
    }

    @Test
    void theCockpitDownloadsThePhotosInTheSizesTicked() throws Exception {
        String olivia = Api.token("olivia");
        long sales = SalesOrder.id(olivia);
        SalesOrder.frankChoosesAFavourite(sales);
        Browser browser = Browsers.open();
        browser.signInAs("olivia");
        browser.open("/admin/order.xhtml?id=" + sales);
        browser.waitFor(By.cssSelector("#photo-options input[value=original]")).click();
        browser.driver().findElement(By.id("download-photos")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .until(d -> d.findElement(By.id("download-status"))
                        .getAttribute("class")
                        .contains("is-done"));
        assertTrue(
                browser.text(By.id("download-status")).contains("The team's photos are ready"),
                browser.text(By.id("download-status")));
        browser.screenshot("team-photos-downloaded");
        Path saved = browser.awaitDownload("team-photos-.*\\.zip", Duration.ofSeconds(30));
        List<Entry> entries;
        try (InputStream in = Files.newInputStream(saved)) {
            entries = entries(in.readAllBytes());
        }
        assertFalse(entries.stream().anyMatch(e -> e.name().endsWith("-original.jpg")), "original was unticked");
        assertTrue(
                entries.stream()
                        .anyMatch(e ->
                                e.name().startsWith("Sales/Frank") && e.name().endsWith("-1024.jpg")),
                entries.toString());
    }

    private record Entry(String name, byte[] bytes) {
        String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static List<Entry> entries(byte[] zip) throws Exception {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.add(new Entry(entry.getName(), in.readAllBytes()));
                }
            }
        }
        return entries;
    }
}
