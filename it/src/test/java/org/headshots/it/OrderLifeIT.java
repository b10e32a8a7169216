package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An order's life through the API: a draft nobody sees, its deadline moved, opened (its people see it), and
 * an order closed, after which its people's favourites are final. Last of the suite: it closes the order that
 * frank's headshots were made for.
 */
@Order(7)
@ExtendWith(HeadshotsSystem.class)
class OrderLifeIT {

    @Test
    @Order(1)
    void aDraftIsTheAdminsAloneUntilItIsOpened() throws Exception {
        String olivia = Api.token("olivia");
        Api.Reply drafted = Api.post(
                "/orders",
                olivia,
                "{\"name\":\"Design draft\",\"department\":\"Design\"," + "\"deadline\":\""
                        + LocalDate.now().plusDays(10) + "\",\"headshotsPerPerson\":4,\"draft\":true}");
        assertEquals(201, drafted.status(), drafted.body());
        assertEquals("DRAFT", drafted.object().getString("status"));
        long id = drafted.id();
        assertTrue(
                seatsOf("grace").stream()
                        .noneMatch(seat ->
                                seat.asJsonObject().getString("orderName").equals("Design draft")),
                "grace does not see a draft");

        Api.Reply moved = Api.patch(
                "/orders/" + id, olivia, "{\"deadline\":\"" + LocalDate.now().plusDays(40) + "\"}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(LocalDate.now().plusDays(40).toString(), moved.object().getString("deadline"));
        assertEquals(1, moved.object().getInt("seats"), "moving the deadline keeps every seat");
        Api.Reply past = Api.patch("/orders/" + id, olivia, "{\"deadline\":\"2001-01-01\"}");
        assertEquals(400, past.status(), past.body());
        Api.Reply unknown = Api.patch("/orders/" + id, olivia, "{\"department\":\"Sales\"}");
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.object().getString("message").contains("department"), unknown.body());

        Api.Reply opened = Api.post("/orders/" + id + "/open", olivia, "");
        assertEquals(200, opened.status(), opened.body());
        assertEquals("OPEN", opened.object().getString("status"));
        assertTrue(
                seatsOf("grace").stream()
                        .anyMatch(seat ->
                                seat.asJsonObject().getString("orderName").equals("Design draft")),
                "grace sees it once it is open");
        Api.Reply again = Api.post("/orders/" + id + "/open", olivia, "");
        assertEquals(409, again.status(), again.body());
        assertEquals("ORDER_STATE", again.object().getString("error"));
    }

    @Test
    @Order(2)
    void onceTheOrderIsClosedTheFavouritesAreFinal() throws Exception {
        String olivia = Api.token("olivia");
        JsonObject sales = Api.get("/orders", olivia).json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(order -> order.getString("name").equals(RestApiIT.placedOrder))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no order " + RestApiIT.placedOrder));
        String frank = Api.token("frank");
        long headshot = Api.get("/me/headshots?order=" + sales.getJsonNumber("id"), frank)
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                Api.put("/me/favourite", frank, "{\"headshotId\":" + headshot + "}")
                        .status(),
                "changeable while the order is open");

        Api.Reply closed = Api.post("/orders/" + sales.getJsonNumber("id") + "/close", olivia, "");
        assertEquals(200, closed.status(), closed.body());
        assertEquals("CLOSED", closed.object().getString("status"));

        Api.Reply locked = Api.put("/me/favourite", frank, "{\"headshotId\":" + headshot + "}");
        assertEquals(409, locked.status(), locked.body());
        assertEquals("ORDER_CLOSED", locked.object().getString("error"));
        assertEquals(
                headshot,
                Api.get("/me/favourite?order=" + sales.getJsonNumber("id"), frank)
                        .object()
                        .getJsonNumber("headshotId")
                        .longValue());
    }

    private static JsonArray seatsOf(String person) throws Exception {
        return Api.get("/me/seats", Api.token(person)).json().asJsonArray();
    }
}
