package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An employee uploads several selfies at once in a real Chromium and sees each verdict, the counter and the ready state. */
@Order(2)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class SelfieJourneyIT {

    @Test
    void graceUploadsThreePhotosSeesTheVerdictsAndIsReady() throws Exception {
        String token = Api.token("grace");
        JsonObject consent = Api.get("/me/consent", token).object();
        Api.post("/me/consent", token, "{\"version\":\"" + consent.getString("version") + "\"}");
        for (JsonObject selfie :
                Api.get("/me/selfies", token).object().getJsonArray("selfies").getValuesAs(JsonObject.class)) {
            Api.delete("/me/selfies/" + selfie.getJsonNumber("id").longValue(), token);
        }
        BufferedImage astronaut = TestPhotos.scaled(TestPhotos.read("astronaut.png"), 5);
        Path folder = Files.createTempDirectory("selfies");
        Path first = Files.write(folder.resolve("me-at-the-office.jpg"), TestPhotos.jpeg(astronaut));
        Path second = Files.write(folder.resolve("me-outside.png"), TestPhotos.png(TestPhotos.mirrored(astronaut)));
        Path gray = Files.write(
                folder.resolve("me-in-black-and-white.jpg"),
                TestPhotos.jpeg(TestPhotos.grayscale(TestPhotos.scaled(TestPhotos.read("camera.png"), 4))));

        Browser browser = Browsers.open();
        browser.signInAs("grace");
        browser.open("/employee/selfies.xhtml");
        browser.waitFor(By.id("selfie-counter"));
        browser.driver()
                .findElement(By.cssSelector("input[type='file']"))
                .sendKeys(first + "\n" + second + "\n" + gray);

        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".hs-selfie")).size() == 3);
        browser.waitFor(By.id("selfies-form:selfie-ready"), Duration.ofSeconds(30));
        assertTrue(
                browser.text(By.id("selfie-counter")).startsWith("2 of 2 accepted"),
                browser.text(By.id("selfie-counter")));
        assertTrue(browser.driver()
                        .findElements(By.cssSelector(".selfie-REJECTED"))
                        .size()
                == 1);
        assertTrue(
                browser.text(By.cssSelector(".selfie-REJECTED .selfie-reasons")).contains("GRAYSCALE"),
                browser.text(By.cssSelector(".selfie-REJECTED .selfie-reasons")));
        assertTrue(
                browser.driver().findElements(By.cssSelector(".hs-selfie img")).stream()
                        .allMatch(img -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img))),
                "every thumbnail shows");
        browser.screenshot("grace-selfies");
    }
}
