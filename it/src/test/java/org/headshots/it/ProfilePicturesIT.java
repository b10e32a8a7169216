package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Profile-picture templates on the Sales order: applied through the API and in the cockpit with its live preview,
 * in the team ZIP (transparent circle corners, the brand colour behind the person from the node's matte), and the
 * employee's own picture previewed and downloaded from the gallery; refused to other organisations and employees.
 */
@Order(6)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class ProfilePicturesIT {

    /** A colour no style's backdrop is near, so that finding it behind the person means it was put there. */
    private static final String MAGENTA = "#c0307a";

    @Test
    void aTemplateAppliedToTheOrderShapesTheZipsProfilePictures() throws Exception {
        String olivia = Api.token("olivia");
        long sales = SalesOrder.id(olivia);
        SalesOrder.frankChoosesAFavourite(sales);
        JsonObject settings = Api.get("/settings", olivia).object();
        String before = settings.containsKey("brandColour") && !settings.isNull("brandColour")
                ? settings.getString("brandColour")
                : "";
        try {
            assertEquals(
                    200,
                    Api.put("/settings", olivia, "{\"brandColour\":\"" + MAGENTA + "\"}")
                            .status());
            Api.Reply applied = Api.put(
                    "/orders/" + sales + "/profile-template",
                    olivia,
                    "{\"shape\":\"circle\",\"size\":256,\"greyscale\":false,\"background\":\"brand\",\"border\":0,"
                            + "\"logo\":\"none\"}");
            assertEquals(200, applied.status(), applied.body());
            JsonObject template = applied.object();
            assertTrue(template.getBoolean("applied"), applied.body());
            assertEquals("circle", template.getString("shape"));
            assertEquals(256, template.getInt("size"));
            Color brand = Color.decode(template.getString("brandColour"));

            BufferedImage circle = frankInTheZip(sales, olivia);
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(
                    circle,
                    "png",
                    shots.resolve("profile-picture-brand-circle.png").toFile());
            assertEquals(256, circle.getWidth());
            assertEquals(256, circle.getHeight());
            assertTrue(circle.getColorModel().hasAlpha(), "a circle has transparent corners");
            for (int[] corner : new int[][] {{0, 0}, {255, 0}, {0, 255}, {255, 255}, {8, 8}}) {
                assertEquals(
                        0,
                        circle.getRGB(corner[0], corner[1]) >>> 24,
                        "transparent outside the circle at " + corner[0] + "," + corner[1]);
            }
            // above the head, inside the circle: the backdrop, which the matte replaced by the brand colour
            for (int x : new int[] {90, 128, 166}) {
                int pixel = circle.getRGB(x, 10);
                assertEquals(255, pixel >>> 24, "opaque inside the circle");
                assertNear(brand, new Color(pixel), "the brand colour behind the person at " + x + ",10");
            }
            BufferedImage kept = png(Api.bytes(
                    "/orders/" + sales + "/profile-template/preview.png?member=frank" + "&background=keep", olivia));
            assertTrue(
                    distance(brand, new Color(kept.getRGB(128, 10))) > 60,
                    "with the backdrop kept the same place is not the brand colour: the matte made the difference");

            HttpResponse<byte[]> square = Api.bytes(
                    "/orders/" + sales + "/profile-template/preview.png?member=frank"
                            + "&shape=square&size=128&greyscale=true&border=6&borderColour=white",
                    olivia);
            BufferedImage grey = png(square);
            assertEquals(128, grey.getWidth());
            assertEquals(255, grey.getRGB(0, 0) >>> 24, "a square is opaque to its corners");
            assertEquals(0xffffff, grey.getRGB(2, 64) & 0xffffff, "the white border");
            Color middle = new Color(grey.getRGB(64, 70));
            assertTrue(
                    middle.getRed() == middle.getGreen() && middle.getGreen() == middle.getBlue(),
                    "greyscale: " + middle);
            assertEquals(
                    256,
                    Api.get("/orders/" + sales + "/profile-template", olivia)
                            .object()
                            .getInt("size"),
                    "a preview changes nothing");

            assertEquals(
                    400,
                    Api.put("/orders/" + sales + "/profile-template", olivia, "{\"size\":5000}")
                            .status());
            Api.Reply hexagon = Api.put("/orders/" + sales + "/profile-template", olivia, "{\"shape\":\"hexagon\"}");
            assertEquals(400, hexagon.status());
            assertTrue(hexagon.object().getString("message").contains("square, circle"), hexagon.body());
            assertEquals(
                    400,
                    Api.get("/orders/" + sales + "/profile-template/preview.png?logo=middle", olivia)
                            .status());
            assertEquals(
                    404,
                    Api.get("/orders/" + sales + "/profile-template/preview.png?member=nobody-here", olivia)
                            .status());

            String oscar = Api.token("oscar");
            assertEquals(
                    404,
                    Api.get("/orders/" + sales + "/profile-template", oscar).status());
            assertEquals(
                    404,
                    Api.put("/orders/" + sales + "/profile-template", oscar, "{\"size\":128}")
                            .status());
            assertEquals(
                    404,
                    Api.get("/orders/" + sales + "/profile-template/preview.png", oscar)
                            .status());
            assertEquals(
                    403,
                    Api.get("/orders/" + sales + "/profile-template", Api.token("frank"))
                            .status());
            assertEquals(
                    256,
                    Api.get("/orders/" + sales + "/profile-template", olivia)
                            .object()
                            .getInt("size"),
                    "the refusals changed nothing");

            JsonObject audited =
                    Api.get("/audit?action=PROFILE_TEMPLATE_APPLIED", olivia).object();
            assertTrue(audited.getJsonArray("entries").size() >= 1, audited.toString());
        } finally {
            Api.put("/settings", olivia, "{\"brandColour\":\"" + before + "\"}");
        }
    }

    @Test
    void theCockpitPreviewsATemplateLiveAndAppliesItToTheWholeOrder() throws Exception {
        String olivia = Api.token("olivia");
        long sales = SalesOrder.id(olivia);
        SalesOrder.frankChoosesAFavourite(sales);
        Browser browser = Browsers.open();
        browser.signInAs("olivia");
        browser.open("/admin/order.xhtml?id=" + sales);
        browser.waitFor(By.id("profile-template:profile-panel_toggler")).click();
        WebElement preview = browser.waitFor(By.id("profile-preview"));

        new Select(browser.driver().findElement(By.id("profile-template:shape"))).selectByValue("square");
        WebElement size = browser.driver().findElement(By.id("profile-template:size"));
        size.clear();
        size.sendKeys("320");
        new Select(browser.driver().findElement(By.id("profile-template:background"))).selectByValue("keep");
        new Select(browser.driver().findElement(By.id("profile-member"))).selectByValue("frank");
        awaitPicture(browser, preview, "member=frank", 320);
        assertTrue(preview.getAttribute("data-query").contains("shape=square"), preview.getAttribute("data-query"));
        assertTrue(preview.getAttribute("data-query").contains("size=320"), preview.getAttribute("data-query"));
        browser.screenshot("profile-template-preview");

        browser.driver().findElement(By.id("profile-template:profile-apply")).click();
        browser.waitForText(By.id("growl_container"), "Template applied", Duration.ofSeconds(20));
        JsonObject template =
                Api.get("/orders/" + sales + "/profile-template", olivia).object();
        assertEquals("square", template.getString("shape"));
        assertEquals(320, template.getInt("size"));
        assertEquals("keep", template.getString("background"));
        assertTrue(template.getBoolean("applied"));
        BufferedImage inZip = frankInTheZip(sales, olivia);
        assertEquals(320, inZip.getWidth());
        assertEquals(255, inZip.getRGB(0, 0) >>> 24, "square, as applied");
    }

    @Test
    void anEmployeeSeesTheirProfilePictureInTheGalleryAndDownloadsIt() throws Exception {
        String olivia = Api.token("olivia");
        long sales = SalesOrder.id(olivia);
        SalesOrder.frankChoosesAFavourite(sales);
        boolean allowed = Api.get("/settings", olivia).object().getBoolean("downloadBeforeClose");
        Api.put("/settings", olivia, "{\"downloadBeforeClose\":true}");
        try {
            assertEquals(
                    200,
                    Api.put(
                                    "/orders/" + sales + "/profile-template",
                                    olivia,
                                    "{\"shape\":\"square\",\"size\":200,\"background\":\"keep\",\"border\":0}")
                            .status());
            Browser browser = Browsers.open();
            browser.signInAs("frank");
            browser.open("/employee/headshots.xhtml?order=" + sales);
            WebElement picture = browser.waitFor(By.id("my-profile-image"));
            awaitPicture(browser, picture, null, 200);

            new Select(browser.driver().findElement(By.id("my-profile-shape"))).selectByValue("circle");
            new Select(browser.driver().findElement(By.id("my-profile-size"))).selectByValue("128");
            awaitPicture(browser, picture, "size=128", 128);
            browser.screenshot("my-profile-picture");

            browser.driver().findElement(By.id("download-profile")).click();
            Path saved = browser.awaitDownload("profile-picture-" + sales + "\\.png", Duration.ofSeconds(30));
            BufferedImage mine = ImageIO.read(Files.newInputStream(saved));
            assertEquals(128, mine.getWidth());
            assertEquals(128, mine.getHeight());
            assertEquals(0, mine.getRGB(0, 0) >>> 24, "the circle he chose: transparent corners");
            JsonObject audited =
                    Api.get("/audit?action=PROFILE_PICTURE_DOWNLOADED", olivia).object();
            assertTrue(audited.toString().contains("frank"), audited.toString());
        } finally {
            Api.put("/settings", olivia, "{\"downloadBeforeClose\":" + allowed + "}");
        }
    }

    /** Waits until the preview shows a picture made for {@code query} (any, for null), {@code side} px wide. */
    private static void awaitPicture(Browser browser, WebElement image, String query, int side) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
            Object width = js.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
            String shown = image.getAttribute("data-query");
            return ((Number) width).intValue() > 0
                    && (side < 0 || ((Number) width).intValue() == side)
                    && (query == null || shown != null && shown.contains(query));
        });
    }

    private static BufferedImage frankInTheZip(long sales, String olivia) throws Exception {
        HttpResponse<byte[]> zip = Api.bytes("/orders/" + sales + "/photos.zip?sizes=profile&people=frank", olivia);
        assertEquals(200, zip.statusCode());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().startsWith("Sales/Frank") && entry.getName().endsWith("-profile.png")) {
                    return ImageIO.read(new ByteArrayInputStream(in.readAllBytes()));
                }
            }
        }
        throw new AssertionError("no profile picture of frank in the ZIP");
    }

    private static BufferedImage png(HttpResponse<byte[]> reply) throws Exception {
        assertEquals(200, reply.statusCode(), new String(reply.body()));
        assertEquals("image/png", reply.headers().firstValue("Content-Type").orElse(""));
        return ImageIO.read(new ByteArrayInputStream(reply.body()));
    }

    private static void assertNear(Color expected, Color actual, String what) {
        assertTrue(distance(expected, actual) <= 12, what + ": " + actual + " is not " + expected);
    }

    private static int distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed())
                + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }
}
