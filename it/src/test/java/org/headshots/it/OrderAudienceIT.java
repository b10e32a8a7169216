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
        Api.Reply placed = Api.post("/orders", olivia, "{\"name\":\"Design and platform\",\"departments\":[\"Design\","
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
        assertEquals(List.of(), texts(Api.post("/orders/" + id + "/sync", olivia, "").object(), "joined"),
                "grace, taken out by the admin, is not seated again though she is still in Design");
        assertEquals(List.of("dave", "erin", "frank"), members(id, olivia));
        assertEquals(List.of("grace"), texts(Api.post("/orders/" + id + "/members", olivia,
                "{\"people\":[\"grace\"]}").object(), "added"), "picked by name, she is back");
    }

    @Test
    void nobodyOfAnotherOrganisationNorAnUnknownNameIsPicked() throws Exception {
        String olivia = Api.token("olivia");
        Api.Reply foreign = Api.post("/orders", olivia, "{\"name\":\"With a stranger\",\"department\":\"Design\","
                + "\"people\":[\"gina\",\"nobody-here\"],\"deadline\":\"" + deadline() + "\",\"draft\":true}");
        assertEquals(422, foreign.status(), foreign.body());
        assertEquals("UNKNOWN_PERSON", foreign.object().getString("error"));
        assertTrue(foreign.object().getString("message").contains("gina, nobody-here"), foreign.body());

        Api.Reply oscars = Api.post("/orders", Api.token("oscar"), "{\"name\":\"Poaching\",\"people\":[\"erin\"],"
                + "\"deadline\":\"" + deadline() + "\",\"draft\":true}");
        assertEquals(422, oscars.status(), oscars.body());
        assertEquals("UNKNOWN_PERSON", oscars.object().getString("error"));

        long id = Api.post("/orders", olivia, "{\"name\":\"Design only\",\"department\":\"Design\",\"deadline\":\""
                + deadline() + "\",\"draft\":true}").object().getJsonNumber("id").longValue();
        Api.Reply addForeign = Api.post("/orders/" + id + "/members", olivia, "{\"people\":[\"hank\"]}");
        assertEquals(422, addForeign.status(), addForeign.body());
        assertEquals(List.of("grace"), members(id, olivia), "nothing changed");
        assertEquals(404, Api.post("/orders/" + id + "/members", Api.token("oscar"), "{\"people\":[\"hank\"]}")
                .status(), "another organisation's order is not found");
        assertEquals(403, Api.post("/orders/" + id + "/members", Api.token("grace"), "{\"people\":[\"grace\"]}")
                .status());

        for (String body : List.of("{}", "{\"people\":[]}", "{\"people\":[null]}", "{\"people\":\"erin\"}",
                "{\"people\":[\"erin\"],\"extra\":1}")) {
            Api.Reply refused = Api.post("/orders/" + id + "/members", olivia, body);
            assertEquals(400, refused.status(), body + " -> " + refused.body());
        }
        for (String body : List.of("{\"name\":\"Nobody\",\"deadline\":\"" + deadline() + "\"}",
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
        olivia.driver().findElement(By.cssSelector("[id='new-order:draft'] .ui-chkbox-box")).click();
        olivia.screenshot("admin-order-audience");
        olivia.driver().findElement(By.id("new-order:place")).click();
        olivia.waitForText(By.id("orders"), name, Duration.ofSeconds(30));
        WebElement row = olivia.driver().findElements(By.cssSelector("#orders tbody tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
        assertEquals("Design, Engineering/Platform and erin", row.findElement(By.className("order-department")).getText());
        assertEquals("3", row.findElement(By.className("order-seats")).getText(), "grace, dave and erin");
        assertFalse(olivia.pageText().contains("was not placed"), olivia.pageText());
    }

    private static List<String> members(long order, String token) throws Exception {
        return Api.get("/orders/" + order + "/members?sort=name&max=100", token).object().getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream().map(row -> row.getString("username")).sorted().toList();
    }

    private static List<String> texts(JsonObject object, String key) {
        return object.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
