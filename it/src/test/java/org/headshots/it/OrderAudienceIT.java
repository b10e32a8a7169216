package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An order for several departments and for people picked by name: each member seated once, the people picked
 * by name kept through a sync, more added later, a person the admin took out not brought back by the sync, and
 * nobody of another organisation picked. Drafts, so that no headshots are made.
 */
@Order(6)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class OrderAudienceIT {

    private static String deadline() {
        return LocalDate.now().plusDays(15).toString();
    }

    @Test
    void twoDepartmentsAndAPersonPickedByNameSeatEachMemberOnce() throws Exception {
        String olivia = Api.token("olivia");
        Api.Reply placed = Api.post(
                "/orders",
                olivia,
                "{\"name\":\"Design and platform\",\"departments\":[\"Design\","
                        + "\"Engineering/Platform\"],\"people\":[\"erin\",\"dave\"],\"deadline\":\"" + deadline()
                        + "\",\"draft\":true}");
        assertEquals(201, placed.status(), placed.body());
        JsonObject order = placed.object();
        long id = order.getJsonNumber("id").longValue();
        assertEquals(List.of("Design", "Engineering/Platform"), texts(order, "departments"));
        assertEquals(List.of("dave", "erin"), texts(order, "people"));
        assertEquals("Design, Engineering/Platform and 2 people", order.getString("department"));
        assertEquals(List.of("dave", "erin", "grace"), members(id, olivia), "dave once, though picked twice over");

        JsonObject synced = Api.post("/orders/" + id + "/sync", olivia, "").object();
        assertEquals(List.of(), texts(synced, "left"), "people picked by name stay: " + synced);

        Api.Reply added = Api.post("/orders/" + id + "/members", olivia, "{\"people\":[\"frank\",\"erin\"]}");
        assertEquals(200, added.status(), added.body());
        assertEquals(List.of("frank"), texts(added.object(), "added"), "erin had her seat already");
        assertEquals(List.of("dave", "erin", "frank", "grace"), members(id, olivia));

        assertEquals(204, Api.delete("/orders/" + id + "/members/grace", olivia).status());
        assertEquals(
                List.of(),
                texts(Api.post("/orders/" + id + "/sync", olivia, "").object(), "joined"),
                "grace, taken out by the admin, is not seated again though she is still in Design");
        assertEquals(List.of("dave", "erin", "frank"), members(id, olivia));
        assertEquals(
                List.of("grace"),
                texts(
                        Api.post("/orders/" + id + "/members", olivia, "{\"people\":[\"grace\"]}")
                                .object(),
                        "added"),
                "picked by name, she is back");
    }

    @Test
    void nobodyOfAnotherOrganisationNorAnUnknownNameIsPicked() throws Exception {
        String olivia = Api.token("olivia");
        Api.Reply foreign = Api.post(
                "/orders",
                olivia,
                "{\"name\":\"With a stranger\",\"department\":\"Design\","
                        + "\"people\":[\"gina\",\"nobody-here\"],\"deadline\":\"" + deadline() + "\",\"draft\":true}");
        assertEquals(422, foreign.status(), foreign.body());
        assertEquals("UNKNOWN_PERSON", foreign.object().getString("error"));
        assertTrue(foreign.object().getString("message").contains("gina, nobody-here"), foreign.body());

        Api.Reply oscars = Api.post(
                "/orders",
                Api.token("oscar"),
                "{\"name\":\"Poaching\",\"people\":[\"erin\"]," + "\"deadline\":\"" + deadline()
                        + "\",\"draft\":true}");
        assertEquals(422, oscars.status(), oscars.body());
        assertEquals("UNKNOWN_PERSON", oscars.object().getString("error"));

        long id = Api.post(
                        "/orders",
                        olivia,
                        "{\"name\":\"Design only\",\"department\":\"Design\",\"deadline\":\"" + deadline()
                                + "\",\"draft\":true}")
                .id();
        Api.Reply addForeign = Api.post("/orders/" + id + "/members", olivia, "{\"people\":[\"hank\"]}");
        assertEquals(422, addForeign.status(), addForeign.body());
        assertEquals(List.of("grace"), members(id, olivia), "nothing changed");
        assertEquals(
                404,
                Api.post("/orders/" + id + "/members", Api.token("oscar"), "{\"people\":[\"hank\"]}")
                        .status(),
                "another organisation's order is not found");
        assertEquals(
                403,
                Api.post("/orders/" + id + "/members", Api.token("grace"), "{\"people\":[\"grace\"]}")
                        .status());

        for (String body : List.of(
                "{}",
                "{\"people\":[]}",
                "{\"people\":[null]}",
                "{\"people\":\"erin\"}",
                "{\"people\":[\"erin\"],\"extra\":1}")) {
            Api.Reply refused = Api.post("/orders/" + id + "/members", olivia, body);
            assertEquals(400, refused.status(), body + " -> " + refused.body());
        }
        for (String body : List.of(
                "{\"name\":\"Nobody\",\"deadline\":\"" + deadline() + "\"}",
                "{\"name\":\"Both\",\"department\":\"Design\",\"departments\":[\"Sales\"],\"deadline\":\"" + deadline()
                        + "\"}",
                "{\"name\":\"Empty\",\"departments\":[],\"people\":[],\"deadline\":\"" + deadline() + "\"}")) {
            Api.Reply refused = Api.post("/orders", olivia, body);
            assertEquals(400, refused.status(), body + " -> " + refused.body());
        }
    }

    @Test
    void oliviaOrdersForTwoDepartmentsAndAPersonOnTheForm() throws Exception {
        String name = "Form audience " + System.currentTimeMillis();
        Browser olivia = Browsers.open();
        olivia.signInAs("olivia");
        olivia.open("/admin/orders.xhtml");
        olivia.driver().findElement(By.id("new-order:name")).sendKeys(name);
        olivia.tick("new-order:departments", "Design");
        olivia.tick("new-order:departments", "Engineering/Platform");
        olivia.pick("new-order:people", "eri", "erin");
        olivia.driver()
                .findElement(By.cssSelector("[id='new-order:draft'] .ui-chkbox-box"))
                .click();
        olivia.screenshot("admin-order-audience");
        olivia.driver().findElement(By.id("new-order:place")).click();
        olivia.waitForText(By.id("orders"), name, Duration.ofSeconds(30));
        WebElement row = olivia.driver().findElements(By.cssSelector("#orders tbody tr")).stream()
                .filter(r -> r.getText().contains(name))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Design, Engineering/Platform and erin",
                row.findElement(By.className("order-department")).getText());
        assertEquals("3", row.findElement(By.className("order-seats")).getText(), "grace, dave and erin");
        assertFalse(olivia.pageText().contains("was not placed"), olivia.pageText());
    }

    @Test
    void aPersonNotInTheDirectoryIsAddedByEmailSetsAPasswordAndFindsTheirSeat() throws Exception {
        String olivia = Api.token("olivia");
        long id = Api.post(
                        "/orders",
                        olivia,
                        "{\"name\":\"Design and a newcomer\",\"department\":\"Design\"," + "\"deadline\":\""
                                + deadline() + "\",\"headshotsPerPerson\":4}")
                .id();
        String email = "nina." + System.currentTimeMillis() + "@headshots.example";
        String nina = "{\"newPeople\":[{\"email\":\"" + email.toUpperCase(java.util.Locale.ROOT) + "\",\"firstName\":"
                + "\"Nina\",\"lastName\":\"New\",\"department\":\"Design\"}]}";

        try {
            Api.Reply added = Api.post("/orders/" + id + "/members", olivia, nina);
            assertEquals(200, added.status(), added.body());
            assertEquals(List.of(email), texts(added.object(), "added"));
            JsonObject row =
                    Api.get("/orders/" + id + "/members/" + email, olivia).object();
            assertEquals("Nina New", row.getString("name"));
            assertEquals("Design", row.getString("department"));
            assertEquals(
                    List.of(),
                    texts(Api.post("/orders/" + id + "/members", olivia, nina).object(), "added"),
                    "asked again, nothing changes: she is a member already");

            MailCatcher.Mail keycloaks = MailCatcher.await(
                    email, mail -> ACTION_LINK.matcher(mail.text()).find(), Duration.ofSeconds(60));
            java.util.regex.Matcher link = ACTION_LINK.matcher(keycloaks.text());
            assertTrue(link.find());
            MailCatcher.await(email, mail -> mail.subject().contains("Design and a newcomer"), Duration.ofSeconds(60));

            Browser browser = Browsers.open();
            browser.driver().get(link.group().replace("&amp;", "&"));
            for (int step = 0;
                    step < 4
                            && browser.driver()
                                    .findElements(By.id("password-new"))
                                    .isEmpty();
                    step++) {
                List<WebElement> proceed = browser.driver().findElements(By.partialLinkText("proceed"));
                if (!proceed.isEmpty()) {
                    proceed.get(0).click();
                }
            }
            browser.waitFor(By.id("password-new")).sendKeys("demo");
            browser.driver().findElement(By.id("password-confirm")).sendKeys("demo");
            browser.driver().findElement(By.cssSelector("[type=submit]")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> d.findElements(By.id("password-new")).isEmpty());
            browser.driver().get(HeadshotsSystem.APP + "/employee/home.xhtml?order=" + id);
            if (!browser.driver().findElements(By.id("kc-form-login")).isEmpty()) {
                browser.signInOnTheForm(email);
            }
            assertTrue(
                    browser.waitFor(By.id("seat-" + id)).getText().contains("Design and a newcomer"),
                    browser.pageText());
            browser.screenshot("newcomer-seat");
        } finally {
            if (KeycloakAdmin.exists(email)) {
                // other tests count Design's members
                KeycloakAdmin.setInOrganisationGroup("headshots.example", "Design", email, false);
            }
        }
    }

    @Test
    void anAddressWhoseAccountIsElsewhereOrAnUnknownDepartmentMakesNoAccount() throws Exception {
        String olivia = Api.token("olivia");
        long id = Api.post(
                        "/orders",
                        olivia,
                        "{\"name\":\"Design, refusals\",\"department\":\"Design\"," + "\"deadline\":\"" + deadline()
                                + "\",\"draft\":true}")
                .id();
        for (String taken : List.of("gina@globex.example", "ivan@headshots.example")) {
            Api.Reply refused = Api.post(
                    "/orders/" + id + "/members",
                    olivia,
                    "{\"newPeople\":[{\"email\":\"" + taken + "\",\"firstName\":\"Someone\",\"lastName\":\"Else\"}]}");
            assertEquals(409, refused.status(), taken + ": " + refused.body());
            assertEquals("PERSON_ELSEWHERE", refused.object().getString("error"));
        }
        String email = "nobody." + System.currentTimeMillis() + "@headshots.example";
        Api.Reply unknown = Api.post(
                "/orders/" + id + "/members",
                olivia,
                "{\"newPeople\":[{\"email\":\"" + email
                        + "\",\"firstName\":\"No\",\"lastName\":\"Body\",\"department\":\"Marketing\"}]}");
        assertEquals(422, unknown.status(), unknown.body());
        assertEquals("UNKNOWN_DEPARTMENT", unknown.object().getString("error"));
        assertFalse(KeycloakAdmin.exists(email), "no account was made");
        for (String body : List.of(
                "{\"newPeople\":[{\"email\":\"not-an-address\",\"firstName\":\"A\",\"lastName\":\"B\"}]}",
                "{\"newPeople\":[{\"email\":\"" + email + "\",\"firstName\":\"\",\"lastName\":\"B\"}]}",
                "{\"newPeople\":[{\"email\":\"" + email
                        + "\",\"firstName\":\"A\",\"lastName\":\"B\",\"role\":\"org-admin\"}]}",
                "{\"newPeople\":[\"" + email + "\"]}")) {
            Api.Reply refused = Api.post("/orders/" + id + "/members", olivia, body);
            assertEquals(400, refused.status(), body + " -> " + refused.body());
        }
        assertFalse(KeycloakAdmin.exists(email), "no account was made");
        assertEquals(List.of("grace"), members(id, olivia));
    }

    private static final java.util.regex.Pattern ACTION_LINK =
            java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(HeadshotsSystem.KEYCLOAK)
                    + "/realms/headshots/login-actions/action-token\\?[^\\s\"<>]+");

    private static List<String> members(long order, String token) throws Exception {
        return Api.get("/orders/" + order + "/members?sort=name&max=100", token)
                .object()
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(row -> row.getString("username"))
                .sorted()
                .toList();
    }

    private static List<String> texts(JsonObject object, String key) {
        return object.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
