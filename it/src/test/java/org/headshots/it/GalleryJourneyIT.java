package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Olivia, an employee of Sales and its org admin, in a real Chromium: uploads two selfies, watches her headshots being made on the gallery page (the
 * bar moves by WebSocket, without reloading), sees the ordered count best first, chooses a favourite and
 * downloads it in the three sizes; on the orders page she sees the organisation's runs.
 */
@Order(5)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class GalleryJourneyIT {

    private static final int COUNT = RestApiIT.HEADSHOTS_PER_PERSON;
    /** In Sales, so she holds a seat of the Sales order; untouched by the other tests' selfies. */
    private static final String PERSON = "olivia";

    @Test
    void sheUploadsSelfiesWatchesTheProgressAndChoosesAndDownloadsHerFavourite() throws Exception {
        String token = Api.token(PERSON);
        assertEquals(0, Api.get("/me/jobs", token).json().asJsonArray().size(), "she starts with no headshots");
        JsonObject consent = Api.get("/me/consent", token).object();
        Api.post("/me/consent", token, "{\"version\":\"" + consent.getString("version") + "\"}");
        BufferedImage astronaut = TestPhotos.scaled(TestPhotos.read("astronaut.png"), 5);
        Path folder = Files.createTempDirectory("olivia");
        Path first = Files.write(folder.resolve("me-at-my-desk.jpg"), TestPhotos.jpeg(astronaut));
        Path second = Files.write(
                folder.resolve("me-in-the-park.jpg"),
                TestPhotos.jpeg(TestPhotos.exposed(TestPhotos.mirrored(astronaut), 1.1)));

        Browser browser = Browsers.open();
        browser.signInAs(PERSON);
        browser.open("/employee/selfies.xhtml");
        browser.waitFor(By.id("selfie-counter"));
        browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(first + "\n" + second);
        browser.waitFor(By.id("selfies-form:selfie-ready"), Duration.ofSeconds(120));

        browser.open("/employee/headshots.xhtml");
        Object page = ((JavascriptExecutor) browser.driver()).executeScript("window.stayedOnThisPage = true; return 1");
        assertEquals(1L, page);
        WebElement bar = browser.waitFor(By.cssSelector("#runs .hs-run .hs-bar"), Duration.ofSeconds(60));
        assertTrue(bar.isDisplayed());
        JsonObject latest = awaitLatestRunCompleted(Duration.ofMinutes(10));
        assertEquals(1, latest.getInt("run"), latest.toString());
        assertEquals(COUNT, latest.getInt("done"), latest.toString());
        String title = "Run " + latest.getInt("run") + " · Done";
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#runs .run-COMPLETED .run-title")).stream()
                        .anyMatch(t -> t.getText().equals(title)));
        assertEquals(
                Boolean.TRUE,
                ((JavascriptExecutor) browser.driver()).executeScript("return window.stayedOnThisPage"),
                "progress arrived without reloading the page");

        int all = COUNT;
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".hs-headshot")).size() == all);
        List<String> ranks = browser.driver().findElements(By.cssSelector(".hs-headshot")).stream()
                .map(tile -> tile.getAttribute("data-rank"))
                .toList();
        assertEquals(
                java.util.stream.IntStream.rangeClosed(1, all)
                        .mapToObj(Integer::toString)
                        .toList(),
                ranks,
                "best first");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> allImagesShown(browser));
        browser.screenshot("olivia-gallery");

        browser.driver().findElement(By.cssSelector(".headshot-thumbnail")).click();
        browser.waitFor(By.id("zoom-image"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> loaded(browser, "zoom-image"));
        browser.driver().findElement(By.id("zoom")).click();

        browser.driver().findElements(By.cssSelector(".headshot-choose")).get(0).click();
        browser.waitFor(By.id("favourite-image"), Duration.ofSeconds(30));
        long favourite = Api.get("/me/favourite", Api.token(PERSON))
                .object()
                .getJsonNumber("headshotId")
                .longValue();
        JsonObject best =
                Api.get("/me/headshots", Api.token(PERSON)).json().asJsonArray().getJsonObject(0);
        assertEquals(best.getJsonNumber("id").longValue(), favourite, "the first one is chosen");

        Map<String, Object> original = size(browser, "download-original");
        assertEquals((long) best.getInt("width"), original.get("width"));
        assertEquals((long) best.getInt("height"), original.get("height"));
        Map<String, Object> large = size(browser, "download-1024");
        assertEquals(1024L, Math.max((Long) large.get("width"), (Long) large.get("height")));
        Map<String, Object> profile = size(browser, "download-400");
        assertEquals(400L, profile.get("width"));
        assertEquals(400L, profile.get("height"));
        browser.screenshot("olivia-favourite");

        // as the org admin she is too, she sees the organisation's runs, her own among them, on the orders page
        browser.open("/admin/orders.xhtml");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#runs .run-COMPLETED .run-title")).stream()
                        .anyMatch(t -> t.getText().equals(PERSON + " · Run 1 · Done")));
        assertTrue(
                browser.driver().findElements(By.cssSelector("#runs .run-title")).stream()
                        .anyMatch(t -> t.getText().startsWith("frank")),
                "frank's runs too");
        browser.screenshot("olivia-progress");
    }

    /** Her newest run, once it and every other run of hers are done. */
    private static JsonObject awaitLatestRunCompleted(Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        JsonObject latest = null;
        while (System.nanoTime() < until) {
            latest = Api.get("/me/jobs", Api.token(PERSON)).json().asJsonArray().getJsonObject(0);
            boolean othersGoing =
                    Api.get("/me/jobs", Api.token(PERSON)).json().asJsonArray().getValuesAs(JsonObject.class).stream()
                            .anyMatch(run -> run.getString("status").equals("QUEUED")
                                    || run.getString("status").equals("RUNNING"));
            if (latest.getString("status").equals("COMPLETED") && !othersGoing) {
                return latest;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError(PERSON + "'s newest run did not complete within " + timeout + ": " + latest);
    }

    private static boolean allImagesShown(Browser browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript("return Array.prototype.every.call(document.querySelectorAll('.headshot-thumbnail'),"
                        + " function (img) { return img.complete && img.naturalWidth > 0; })"));
    }

    private static boolean loaded(Browser browser, String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var img = document.getElementById(arguments[0]); return img.complete && img.naturalWidth > 0;",
                        id));
    }

    /** Downloads what the link points at, as the signed-in browser does, and measures the image. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> size(Browser browser, String linkId) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "var link = document.getElementById(arguments[0]);"
                                + "fetch(link.href).then(function (r) {"
                                + "  var disposition = r.headers.get('Content-Disposition') || '';"
                                + "  return r.blob().then(createImageBitmap).then(function (bitmap) {"
                                + "    done({ width: bitmap.width, height: bitmap.height, attachment: disposition.indexOf('attachment') === 0 });"
                                + "  });"
                                + "}).catch(function (e) { done({ error: String(e) }); });",
                        linkId);
    }
}
