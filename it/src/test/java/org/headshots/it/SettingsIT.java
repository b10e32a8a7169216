package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An organisation's settings within IT's bounds: they shape the next orders, the selfies a person needs and
 * early downloads; the logo is checked; another organisation's admin sees only his own.
 */
@Order(6)
@ExtendWith(HeadshotsSystem.class)
class SettingsIT {

    @Test
    void settingsWithinItsBoundsShapeTheNextOrderAndBadOnesAreRefused() throws Exception {
        String olivia = Api.token("olivia");
        JsonObject before = Api.get("/settings", olivia).object();
        assertEquals(30, before.getInt("maxRetentionDays"), before.toString());
        assertEquals(2, before.getInt("smallestMinimumSelfies"), "the suite's IT minimum: " + before);

        JsonObject changed = Api.put(
                        "/settings",
                        olivia,
                        "{\"retentionDays\":14,\"defaultHeadshots\":6," + "\"brandColour\":\"#112233\"}")
                .object();
        assertEquals(14, changed.getInt("retentionDays"));
        assertEquals("#112233", changed.getString("brandColour"));
        assertEquals(before.getInt("defaultRemakes"), changed.getInt("defaultRemakes"), "left out, left as it is");
        try {
            Api.Reply placed = Api.post(
                    "/orders",
                    olivia,
                    "{\"name\":\"Defaults\",\"department\":\"Design\","
                            + "\"deadline\":\"" + LocalDate.now().plusDays(8) + "\",\"styles\":[\"brand-colour\"],"
                            + "\"draft\":true}");
            assertEquals(201, placed.status(), placed.body());
            assertEquals(6, placed.object().getInt("headshotsPerPerson"), "the organisation's default");
            assertEquals("#112233", placed.object().getString("brandColour"), "the organisation's colour");
            assertEquals(
                    40,
                    Api.get("/settings", Api.token("oscar")).object().getInt("defaultHeadshots"),
                    "Globex keeps its own");

            for (String bad : List.of(
                    "{\"retentionDays\":31}",
                    "{\"minimumSelfies\":1}",
                    "{\"brandColour\":\"blue\"}",
                    "{\"defaultHeadshots\":4.5}",
                    "{\"defaultRemakes\":9}",
                    "{\"colour\":\"#000000\"}",
                    "{\"downloadBeforeClose\":\"no\"}",
                    "[]")) {
                Api.Reply refused = Api.put("/settings", olivia, bad);
                assertEquals(400, refused.status(), bad + ": " + refused.body());
                assertFalse(refused.object().getString("message").isBlank());
            }
            assertTrue(
                    Api.put("/settings", olivia, "{\"retentionDays\":31}")
                            .object()
                            .getString("message")
                            .contains("30"),
                    "names IT's longest");
        } finally {
            Api.put("/settings", olivia, "{\"retentionDays\":30,\"defaultHeadshots\":40,\"brandColour\":\"\"}");
        }
    }

    @Test
    void aLogoIsCheckedAndKeptForTheOrganisationAlone() throws Exception {
        String olivia = Api.token("olivia");
        byte[] png = logo(120, 40);

        Api.Reply kept = Api.putPhoto("/settings/logo", olivia, "image/png", png);
        assertEquals(200, kept.status(), kept.body());
        assertTrue(kept.object().getBoolean("hasLogo"));
        HttpResponse<byte[]> back = Api.bytes("/settings/logo", olivia);
        assertEquals(200, back.statusCode());
        assertArrayEquals(png, back.body());
        assertEquals(404, Api.bytes("/settings/logo", Api.token("oscar")).statusCode(), "Globex has none");

        assertEquals(
                415,
                Api.putPhoto("/settings/logo", olivia, "image/png", "not a logo".getBytes())
                        .status());
        assertEquals(
                422,
                Api.putPhoto("/settings/logo", olivia, "image/png", Arrays.copyOf(png, 60))
                        .status());
        assertEquals(
                413,
                Api.putPhoto("/settings/logo", olivia, "image/png", new byte[2 * 1024 * 1024])
                        .status());
        assertEquals(
                422,
                Api.putPhoto("/settings/logo", olivia, "image/png", logo(4000, 20))
                        .status(),
                "too wide");
        assertArrayEquals(png, Api.bytes("/settings/logo", olivia).body(), "a refused logo changes nothing");
    }

    @Test
    void whenEarlyDownloadsAreOffPeopleLookAndChooseButDownloadOnceTheOrderCloses() throws Exception {
        String olivia = Api.token("olivia");
        String frank = Api.token("frank");
        long headshot = Api.get("/me/headshots", frank)
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Api.put("/settings", olivia, "{\"downloadBeforeClose\":false}");
        try {
            Api.Reply refused = Api.getImage("/headshots/" + headshot + "/image?size=original", frank);
            assertEquals(409, refused.status(), refused.body());
            assertEquals("DOWNLOAD_NOT_YET", refused.object().getString("error"));
            assertEquals(
                    200,
                    Api.bytes("/headshots/" + headshot + "/image?size=320", frank)
                            .statusCode(),
                    "the gallery's thumbnails still show");
        } finally {
            Api.put("/settings", olivia, "{\"downloadBeforeClose\":true}");
        }
        assertEquals(
                200,
                Api.bytes("/headshots/" + headshot + "/image?size=original", frank)
                        .statusCode());
    }

    private static byte[] logo(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1a, 0x4b, 0x8c));
        g.fillRoundRect(0, 0, width, height, 12, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
