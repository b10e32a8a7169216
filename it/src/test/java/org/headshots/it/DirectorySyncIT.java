package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Membership is Keycloak's: a person IT adds to a department appears in the open order after a sync (with an
 * invitation), one taken out of it leaves the order.
 */
@Order(6)
@ExtendWith(HeadshotsSystem.class)
class DirectorySyncIT {

    @Test
    void whoJoinsTheDepartmentInKeycloakJoinsTheOpenOrderAndWhoLeavesItLeaves() throws Exception {
        String olivia = Api.token("olivia");
        Api.Reply placed = Api.post(
                "/orders",
                olivia,
                "{\"name\":\"Sales, synced\",\"department\":\"Sales\"," + "\"deadline\":\""
                        + LocalDate.now().plusDays(12) + "\",\"headshotsPerPerson\":4}");
        assertEquals(201, placed.status(), placed.body());
        long order = placed.id();
        assertEquals(3, placed.object().getInt("seats"));

        KeycloakAdmin.setInOrganisationGroup("headshots.example", "Sales", "grace", true);
        try {
            JsonObject joined =
                    Api.post("/orders/" + order + "/sync", olivia, "").object();
            assertEquals(List.of("grace"), names(joined, "joined"));
            assertEquals(List.of(), names(joined, "left"));
            assertEquals(4, Api.get("/orders/" + order, olivia).object().getInt("seats"));
            assertTrue(seatsOfGrace().contains("Sales, synced"));
            assertTrue(
                    Api.get("/orders/" + order + "/mails", olivia).json().asJsonArray().stream()
                            .map(mail -> mail.asJsonObject())
                            .anyMatch(mail -> mail.getString("person").equals("grace")
                                    && mail.getString("kind").equals("INVITATION")),
                    "she is invited");
            assertEquals(
                    List.of(),
                    names(Api.post("/orders/" + order + "/sync", olivia, "").object(), "joined"),
                    "a second sync changes nothing");
        } finally {
            KeycloakAdmin.setInOrganisationGroup("headshots.example", "Sales", "grace", false);
        }

        JsonObject left = Api.post("/orders/" + order + "/sync", olivia, "").object();
        assertEquals(List.of("grace"), names(left, "left"));
        assertEquals(3, Api.get("/orders/" + order, olivia).object().getInt("seats"));
        assertTrue(!seatsOfGrace().contains("Sales, synced"), "she left the order");
        assertEquals(
                404,
                Api.post("/orders/" + order + "/sync", Api.token("oscar"), "").status());
    }

    private static List<String> seatsOfGrace() throws Exception {
        return Api.get("/me/seats", Api.token("grace")).json().asJsonArray().stream()
                .map(seat -> seat.asJsonObject().getString("orderName"))
                .toList();
    }

    private static List<String> names(JsonObject result, String key) {
        return result.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
