package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The org admin's cockpit of the Sales order that frank's headshots were made for: counts per state, the
 * members table searched and acted on, a member's selfies with their verdicts, the team wall; and the same
 * members through the API, paged, searched, sorted and filtered, with bad queries refused; and a person who only
 * signed in told from one who never came.
 */
@Order(6)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class CockpitIT {

    private static long salesOrder() throws Exception {
        return Api.get("/orders", Api.token("olivia")).json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(order -> order.getString("name").equals(RestApiIT.placedOrder))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no order " + RestApiIT.placedOrder))
                .getJsonNumber("id")
                .longValue();
    }

    @Test
    void theMembersOfAnOrderArePagedSearchedSortedAndCountedByState() throws Exception {
        long order = salesOrder();
        String olivia = Api.token("olivia");

        JsonObject all =
                Api.get("/orders/" + order + "/members?sort=name", olivia).object();
        assertEquals(3, all.getInt("total"), all.toString());
        List<String> names = all.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getString("name"))
                .toList();
        assertEquals(names.stream().sorted().toList(), names, "sorted by name");
        assertTrue(all.getJsonObject("states").getInt("CHOSEN") >= 1, "frank chose his favourite: " + all);

        JsonObject frank =
                Api.get("/orders/" + order + "/members?search=FRA", olivia).object();
        assertEquals(1, frank.getInt("found"), frank.toString());
        JsonObject row = frank.getJsonArray("rows").getJsonObject(0);
        assertEquals("frank", row.getString("username"));
        assertEquals("CHOSEN", row.getString("state"));
        assertTrue(row.getInt("acceptedSelfies") >= 1, row.toString());
        assertFalse(row.isNull("favouriteId"), row.toString());
        assertEquals("Sales", row.getString("department"));

        JsonObject chosen = Api.get("/orders/" + order + "/members?state=CHOSEN&max=1", olivia)
                .object();
        assertEquals(1, chosen.getJsonArray("rows").size());
        JsonObject page2 = Api.get("/orders/" + order + "/members?first=1&max=1&sort=email&order=desc", olivia)
                .object();
        assertEquals(1, page2.getJsonArray("rows").size());

        for (String bad :
                List.of("state=SLEEPING", "max=501", "first=-1", "sort=shoe", "max=ten", "search=" + "x".repeat(101))) {
            Api.Reply refused = Api.get("/orders/" + order + "/members?" + bad, olivia);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertFalse(refused.object().getString("message").isBlank());
        }
        assertEquals(404, Api.get("/orders/" + order + "/members/bob", olivia).status(), "bob is not in Sales");
    }

    @Test
    void whoOnlySignedInIsSignedInAndWhoNeverCameStaysInvited() throws Exception {
        // Globex: gina (Research, sub-team Lab) never consents in this suite, hank (Support) never signs in
        String oscar = Api.token("oscar");
        long research = place(oscar, "Globex sign-ins " + System.nanoTime(), "Research");
        long support = place(oscar, "Globex no-shows " + System.nanoTime(), "Support");
        assertEquals("INVITED", member(oscar, support, "hank").getString("state"));
        Api.token("hank"); // a token for a script is no sign-in

        Browser browser = Browsers.open();
        browser.signInAs("gina");

        JsonObject gina = member(oscar, research, "gina");
        for (long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                !gina.getString("state").equals("SIGNED_IN") && System.nanoTime() < until;
                Thread.sleep(500)) {
            gina = member(oscar, research, "gina");
        }
        assertEquals("SIGNED_IN", gina.getString("state"), gina.toString());
        assertTrue(gina.getString("nextStep").contains("consent"), gina.toString());
        JsonObject signedIn = Api.get("/orders/" + research + "/members?state=SIGNED_IN", oscar)
                .object();
        assertEquals(1, signedIn.getInt("found"), signedIn.toString());
        assertEquals(1, signedIn.getJsonObject("states").getInt("SIGNED_IN"), signedIn.toString());
        assertEquals(0, signedIn.getJsonObject("states").getInt("INVITED"), signedIn.toString());

        JsonObject hank = member(oscar, support, "hank");
        assertEquals("INVITED", hank.getString("state"), hank.toString());
        assertTrue(hank.getString("nextStep").contains("Sign in"), hank.toString());
        assertEquals(
                0,
                Api.get("/orders/" + support + "/members", oscar)
                        .object()
                        .getJsonObject("states")
                        .getInt("SIGNED_IN"));
    }

    private static long place(String token, String name, String department) throws Exception {
        Api.Reply placed = Api.post(
                "/orders",
                token,
                "{\"name\":\"" + name + "\",\"department\":\"" + department + "\",\"deadline\":\""
                        + LocalDate.now().plusDays(10) + "\",\"headshotsPerPerson\":4}");
        assertEquals(201, placed.status(), placed.body());
        return placed.id();
    }

    private static JsonObject member(String token, long order, String username) throws Exception {
        Api.Reply reply = Api.get("/orders/" + order + "/members/" + username, token);
        assertEquals(200, reply.status(), reply.body());
        return reply.object();
    }

    @Test
    void anAdminGrantsARemakeMarksSomeoneHandledAndRemovesAMember() throws Exception {
        long order = salesOrder();
        String olivia = Api.token("olivia");
        int before =
                Api.get("/orders/" + order + "/members/erin", olivia).object().getInt("remakesAllowed");

        JsonObject granted = Api.post("/orders/" + order + "/members/erin/remakes", olivia, "")
                .object();
        assertEquals(before + 1, granted.getInt("remakesAllowed"));
        JsonObject handled = Api.put("/orders/" + order + "/members/erin/handled", olivia, "{\"handled\":true}")
                .object();
        assertTrue(handled.getBoolean("handled"));
        assertEquals(
                400,
                Api.put("/orders/" + order + "/members/erin/handled", olivia, "{\"handled\":\"yes\"}")
                        .status());

        Api.Reply placed = Api.post(
                "/orders",
                olivia,
                "{\"name\":\"Removal\",\"department\":\"Engineering\"," + "\"deadline\":\""
                        + LocalDate.now().plusDays(9) + "\",\"headshotsPerPerson\":4}");
        long engineering = placed.id();
        assertEquals(
                204,
                Api.delete("/orders/" + engineering + "/members/dave", olivia).status());
        assertEquals(
                404, Api.get("/orders/" + engineering + "/members/dave", olivia).status());
        assertEquals(2, Api.get("/orders/" + engineering, olivia).object().getInt("seats"));
        assertTrue(Api.get("/me/seats", Api.token("dave")).json().asJsonArray().stream()
                .noneMatch(seat -> seat.asJsonObject().getString("orderName").equals("Removal")));
        assertEquals(
                404,
                Api.delete("/orders/" + engineering + "/members/dave", olivia).status(),
                "once");
    }

    @Test
    void theCockpitShowsTheTeamAtAGlanceAMembersVerdictsAndTheWall() throws Exception {
        long order = salesOrder();
        Browser browser = Browsers.open();
        browser.signInAs("olivia");
        browser.open("/admin/orders.xhtml");
        browser.waitFor(By.id("orders"));
        browser.driver().findElement(By.linkText(RestApiIT.placedOrder)).click();
        browser.waitFor(By.id("cockpit:state-counts"));
        assertTrue(browser.driver().getCurrentUrl().contains("/admin/order.xhtml?id=" + order));
        assertEquals("3 people", browser.text(By.cssSelector("#cockpit\\:state-counts h2")));
        assertTrue(Integer.parseInt(browser.text(By.id("count-CHOSEN"))) >= 1, browser.pageText());
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='cockpit:members'] tbody tr"));
        assertEquals(3, rows.size(), browser.pageText());

        browser.driver().findElement(By.id("cockpit:search")).sendKeys("frank");
        browser.driver().findElement(By.id("cockpit:apply")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("[id='cockpit:members'] tbody tr"))
                                .size()
                        == 1);
        WebElement favourite = browser.waitFor(By.cssSelector("[id='cockpit:members'] .member-favourite"));
        assertTrue(loaded(browser, favourite), "frank's favourite is shown as a picture");
        browser.screenshot("cockpit");

        browser.driver().findElement(By.linkText("Frank Fischer")).click();
        browser.waitFor(By.id("member-selfies"));
        assertFalse(browser.driver()
                .findElements(By.cssSelector(".member-selfie .selfie-verdict"))
                .isEmpty());
        assertTrue(browser.pageText().contains("ACCEPTED"), browser.pageText());
        assertFalse(browser.driver()
                .findElements(By.cssSelector("#member-gallery img"))
                .isEmpty());
        browser.screenshot("member");

        browser.open("/admin/wall.xhtml?id=" + order);
        WebElement tile = browser.waitFor(By.cssSelector("#wall .hs-wall-tile img"));
        assertTrue(loaded(browser, tile), "the wall shows the favourites");
        browser.screenshot("team-wall");

        browser.open("/admin/order.xhtml?id=987654321");
        assertTrue(browser.pageText().contains("There is no such page"), browser.pageText());
    }

    private static boolean loaded(Browser browser, WebElement image) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "var img = arguments[0], done = arguments[1];"
                                + "if (img.complete) { done(img.naturalWidth > 0); return; }"
                                + "img.onload = function () { done(true); }; img.onerror = function () { done(false); };",
                        image));
    }
}
