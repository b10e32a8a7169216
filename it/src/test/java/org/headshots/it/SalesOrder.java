package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.List;

/** The Sales order RestApiIT placed, which the export tests read; frank's favourite in it made sure of. */
final class SalesOrder {

    private SalesOrder() {}

    static long id(String olivia) throws Exception {
        return Api.get("/orders", olivia).json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(order -> order.getString("name").equals(RestApiIT.placedOrder))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** Makes frank's best headshot of the order his favourite there; gives its id. */
    static long frankChoosesAFavourite(long order) throws Exception {
        String frank = Api.token("frank");
        List<JsonObject> his = Api.get("/me/headshots?order=" + order, frank)
                .json()
                .asJsonArray()
                .getValuesAs(JsonObject.class);
        assertFalse(his.isEmpty(), "frank has headshots in the Sales order");
        long favourite = his.get(0).getJsonNumber("id").longValue();
        assertEquals(
                200,
                Api.put("/me/favourite", frank, "{\"headshotId\":" + favourite + "}")
                        .status());
        return favourite;
    }
}
