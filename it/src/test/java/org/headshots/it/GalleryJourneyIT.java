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
 * Erin, in a real Chromium: uploads two selfies, watches her headshots being made on the gallery page (the
 * bar moves by WebSocket, without reloading), sees the ordered count best first, chooses a favourite and
 * downloads it in the three sizes.
 */
@Order(5)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class GalleryJourneyIT {

    private static final int COUNT = RestApiIT.HEADSHOTS_PER_PERSON;

    @Test
    void erinUploadsSelfiesWatchesTheProgressAndChoosesAndDownloadsHerFavourite() throws Exception {
        String token = Api.token("erin");
        JsonObject consent = Api.get("/me/consent", token).object();
        Api.post("/me/consent", token, "{\"version\":\"" + consent.getString("version") + "\"}");
        // the selfie tests left erin with a run that failed when they deleted her selfies, and what it kept
        int before = Api.get("/me/headshots", token).json().asJsonArray().size();
        BufferedImage astronaut = TestPhotos.scaled(TestPhotos.read("astronaut.png"), 5);
        Path folder = Files.createTempDirectory("erin");
        Path first = Files.write(folder.resolve("erin-at-her-desk.jpg"), TestPhotos.jpeg(astronaut));
        Path second = Files.write(folder.resolve("erin-in-the-park.jpg"),
                TestPhotos.jpeg(TestPhotos.exposed(TestPhotos.mirrored(astronaut), 1.1)));

        Browser browser = Browsers.open();
        browser.signInAs("erin");
        browser.open("/employee/selfies.xhtml");
        browser.waitFor(By.id("selfie-counter"));
        browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(first + "\n" + second);
        browser.waitFor(By.id("selfies-form:selfie-ready"), Duration.ofSeconds(120));

        browser.open("/employee/headshots.xhtml");
        Object page = ((JavascriptExecutor) browser.driver()).executeScript("window.stayedOnThisPage = true; return 1");
        assertEquals(1L, page);
        WebElement bar = browser.waitFor(By.cssSelector("#runs .hs-run .hs-bar"), Duration.ofSeconds(60));
        assertTrue(bar.isDisplayed());
        new WebDriverWait(browser.driver(), Duration.ofMinutes(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("#runs .run-COMPLETED")).isEmpty());
        assertTrue(browser.text(By.cssSelector("#runs .run-COMPLETED .run-count")).startsWith(COUNT + " of " + COUNT),
                browser.text(By.cssSelector("#runs .run-COMPLETED")));
        assertTrue(browser.text(By.cssSelector("#runs .run-COMPLETED .run-title")).contains("Done"),
                browser.text(By.cssSelector("#runs .run-COMPLETED")));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript("return window.stayedOnThisPage"),
                "progress arrived without reloading the page");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".hs-headshot")).size() == before + COUNT);
        List<String> ranks = browser.driver().findElements(By.cssSelector(".hs-headshot")).stream()
                .map(tile -> tile.getAttribute("data-rank")).toList();
        assertEquals(java.util.stream.IntStream.rangeClosed(1, before + COUNT).mapToObj(Integer::toString).toList(),
                ranks, "best first");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> allImagesShown(browser));
        browser.screenshot("erin-gallery");

        browser.driver().findElement(By.cssSelector(".headshot-thumbnail")).click();
        browser.waitFor(By.id("zoom-image"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> loaded(browser, "zoom-image"));
        browser.driver().findElement(By.id("zoom")).click();

        browser.driver().findElements(By.cssSelector(".headshot-choose")).get(0).click();
        browser.waitFor(By.id("favourite-image"), Duration.ofSeconds(30));
        long favourite = Api.get("/me/favourite", Api.token("erin")).object().getJsonNumber("headshotId").longValue();
        JsonObject best = Api.get("/me/headshots", Api.token("erin")).json().asJsonArray().getJsonObject(0);
        assertEquals(best.getJsonNumber("id").longValue(), favourite, "the first one is chosen");

        Map<String, Object> original = size(browser, "download-original");
        assertEquals((long) best.getInt("width"), original.get("width"));
        assertEquals((long) best.getInt("height"), original.get("height"));
        Map<String, Object> large = size(browser, "download-1024");
        assertEquals(1024L, Math.max((Long) large.get("width"), (Long) large.get("height")));
        Map<String, Object> profile = size(browser, "download-400");
        assertEquals(400L, profile.get("width"));
        assertEquals(400L, profile.get("height"));
        browser.screenshot("erin-favourite");

        Browser admin = Browsers.open();
        admin.signInAs("olivia");
        admin.open("/admin/orders.xhtml");
        new WebDriverWait(admin.driver(), Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#runs .run-COMPLETED .run-title")).stream()
                        .anyMatch(title -> title.getText().startsWith("erin")));
        admin.screenshot("olivia-progress");
    }

    private static boolean allImagesShown(Browser browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.prototype.every.call(document.querySelectorAll('.headshot-thumbnail'),"
                        + " function (img) { return img.complete && img.naturalWidth > 0; })"));
    }

    private static boolean loaded(Browser browser, String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "var img = document.getElementById(arguments[0]); return img.complete && img.naturalWidth > 0;", id));
    }

    /** Downloads what the link points at, as the signed-in browser does, and measures the image. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> size(Browser browser, String linkId) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var link = document.getElementById(arguments[0]);"
                        + "fetch(link.href).then(function (r) {"
                        + "  var disposition = r.headers.get('Content-Disposition') || '';"
                        + "  return r.blob().then(createImageBitmap).then(function (bitmap) {"
                        + "    done({ width: bitmap.width, height: bitmap.height, attachment: disposition.indexOf('attachment') === 0 });"
                        + "  });"
                        + "}).catch(function (e) { done({ error: String(e) }); });", linkId);
    }
}
