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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A join link the admin shares: people with an address in the organisation's domain join the order on its page
 * without an account beforehand (Keycloak mails them how to set a password), until the link is used up,
 * revoked or expired; another organisation's admin cannot see, make or revoke the first's links.
 */
@Order(6)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class JoinLinkIT {

    @Test
    void peopleOfTheDomainJoinWithTheLinkUntilItIsUsedUpOrSwitchedOff() throws Exception {
        String olivia = Api.token("olivia");
        long order = Api.post(
                        "/orders",
                        olivia,
                        "{\"name\":\"Join us\",\"department\":\"Engineering/Platform\"," + "\"deadline\":\""
                                + LocalDate.now().plusDays(10) + "\",\"headshotsPerPerson\":4}")
                .id();
        Api.Reply made = Api.post("/orders/" + order + "/join-links", olivia, "{\"days\":7,\"maxUses\":2}");
        assertEquals(201, made.status(), made.body());
        JsonObject link = made.object();
        String url = link.getString("url");
        assertTrue(url.startsWith(HeadshotsSystem.APP + "/join.xhtml?token="), url);
        assertEquals("ACTIVE", link.getString("status"));
        assertEquals(
                LocalDate.now().plusDays(7),
                java.time.OffsetDateTime.parse(link.getString("expiresAt")).toLocalDate());

        String stamp = Long.toString(System.currentTimeMillis());
        Browser stranger = Browsers.open();
        stranger.driver().get(url);
        assertTrue(stranger.waitFor(By.id("join-intro")).getText().contains("Join us"), stranger.pageText());
        assertTrue(stranger.pageText().contains("headshots.example"));
        join(stranger, "outsider." + stamp + "@elsewhere.example", "Out", "Sider");
        stranger.waitForText(By.id("growl_container"), "addresses at headshots.example", Duration.ofSeconds(20));

        String first = "joiner." + stamp + "@headshots.example";
        join(stranger, first, "Jo", "Iner");
        assertTrue(stranger.waitFor(By.id("join:join-done")).getText().contains(first), stranger.pageText());
        stranger.screenshot("joined-with-link");
        MailCatcher.await(first, mail -> mail.text().contains("login-actions/action-token"), Duration.ofSeconds(60));
        assertTrue(members(order, olivia).contains(first), "she has a seat");

        Browser again = Browsers.open();
        again.driver().get(url);
        join(again, first, "Jo", "Iner");
        assertTrue(again.waitFor(By.id("join:join-seated")).getText().contains("has a seat"), again.pageText());

        Browser second = Browsers.open();
        second.driver().get(url);
        join(second, "joiner2." + stamp + "@headshots.example", "Jo", "Two");
        second.waitFor(By.id("join:join-done"));
        assertEquals(
                "USED_UP",
                only(Api.get("/orders/" + order + "/join-links", olivia)
                                .json()
                                .asJsonArray()
                                .getValuesAs(JsonObject.class))
                        .getString("status"));

        Browser third = Browsers.open();
        third.driver().get(url);
        assertTrue(
                third.waitFor(By.id("join-problem")).getText().contains("as many people as it may (2)"),
                third.pageText());
        assertFalse(KeycloakAdmin.exists("joiner3." + stamp + "@headshots.example"));

        long revoked = Api.post("/orders/" + order + "/join-links", olivia, "").id();
        String revokedUrl = Api.get("/orders/" + order + "/join-links", olivia)
                .json()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(l -> l.getJsonNumber("id").longValue() == revoked)
                .findFirst()
                .orElseThrow()
                .getString("url");
        assertEquals(
                404,
                Api.delete("/orders/" + order + "/join-links/" + revoked, Api.token("oscar"))
                        .status());
        Api.Reply off = Api.delete("/orders/" + order + "/join-links/" + revoked, olivia);
        assertEquals(200, off.status(), off.body());
        assertEquals("REVOKED", off.object().getString("status"));
        third.driver().get(revokedUrl);
        assertTrue(third.waitFor(By.id("join-problem")).getText().contains("switched off"), third.pageText());

        third.driver().get(HeadshotsSystem.APP + "/join.xhtml?token=" + "A".repeat(43));
        assertTrue(third.waitFor(By.id("join-problem")).getText().contains("does not work"), third.pageText());
        third.driver().get(HeadshotsSystem.APP + "/join.xhtml?token=%27%3Cscript%3E");
        assertTrue(third.waitFor(By.id("join-problem")).getText().contains("does not work"), third.pageText());
    }

    @Test
    void theAdminMakesAndSwitchesOffALinkInTheCockpitAndOthersCannotTouchIt() throws Exception {
        String olivia = Api.token("olivia");
        long order = Api.post(
                        "/orders",
                        olivia,
                        "{\"name\":\"Cockpit link\",\"department\":\"Design\",\"deadline\":\""
                                + LocalDate.now().plusDays(10) + "\",\"draft\":true}")
                .id();
        Browser browser = Browsers.open();
        browser.signInAs("olivia");
        browser.open("/admin/order.xhtml?id=" + order);
        browser.waitFor(By.cssSelector("[id='join-links:links-panel'] .ui-panel-titlebar-icon"))
                .click();
        browser.waitFor(By.id("join-links:make-link")).click();
        browser.waitForText(By.id("join-links:links"), "ACTIVE", Duration.ofSeconds(20));
        String shown =
                browser.driver().findElement(By.cssSelector(".join-link-url")).getAttribute("value");
        assertTrue(shown.contains("/join.xhtml?token="), shown);
        browser.screenshot("cockpit-join-link");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector(".ui-growl-item")));
        browser.driver().findElement(By.cssSelector(".join-link-revoke")).click();
        browser.waitFor(By.id("cockpit:confirm-yes")).click();
        try {
            browser.waitForText(By.id("join-links:links"), "REVOKED", Duration.ofSeconds(20));
        } finally {
            browser.screenshot("cockpit-join-link-switched-off");
        }

        assertEquals(
                404,
                Api.get("/orders/" + order + "/join-links", Api.token("oscar")).status());
        assertEquals(
                404,
                Api.post("/orders/" + order + "/join-links", Api.token("oscar"), "")
                        .status());
        assertEquals(
                403,
                Api.get("/orders/" + order + "/join-links", Api.token("grace")).status());
        for (String body : List.of(
                "{\"days\":0}",
                "{\"days\":91}",
                "{\"maxUses\":0}",
                "{\"maxUses\":1001}",
                "{\"days\":1.5}",
                "{\"days\":\"7\"}",
                "{\"uses\":3}")) {
            Api.Reply refused = Api.post("/orders/" + order + "/join-links", olivia, body);
            assertEquals(400, refused.status(), body + " -> " + refused.body());
        }
    }

    private static void join(Browser browser, String email, String first, String last) {
        for (String[] field : new String[][] {{"join:email", email}, {"join:first", first}, {"join:last", last}}) {
            var input = browser.driver().findElement(By.id(field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        browser.driver().findElement(By.id("join:join-button")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("join:join-done")).isEmpty()
                        || !d.findElements(By.id("join:join-seated")).isEmpty()
                        || !d.findElements(By.cssSelector(".ui-growl-item")).isEmpty());
    }

    private static JsonObject only(List<JsonObject> links) {
        assertEquals(1, links.size(), links.toString());
        return links.get(0);
    }

    private static List<String> members(long order, String token) throws Exception {
        return Api.get("/orders/" + order + "/members?max=100", token)
                .object()
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(row -> row.getString("username"))
                .toList();
    }
}
