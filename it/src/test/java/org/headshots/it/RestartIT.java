package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Data survives 'bin/headshots down' then 'up': orders, seats and the batch job repository. */
@Order(4)
@ExtendWith(HeadshotsSystem.class)
class RestartIT {

    @Test
    @Order(1)
    void ordersAndJobHistorySurviveDownAndUp() throws Exception {
        assertNotEquals(0, RestApiIT.completedSelfTest, "RestApiIT ran the self-test first");
        HeadshotsSystem system = HeadshotsSystem.get();

        system.launcher(Duration.ofMinutes(3), "down");
        String up = system.launcher(Duration.ofMinutes(8), "up", "--no-build");
        assertTrue(up.contains(HeadshotsSystem.APP + "/"), up);
        // the summary's demo logins come from the realm file
        assertTrue(up.contains("Demo logins (password: demo)"), up);
        assertTrue(
                java.util.regex.Pattern.compile("(?m)^ +headshots\\.example +olivia +org-admin, employee +Sales$")
                        .matcher(up)
                        .find(),
                up);
        assertTrue(
                java.util.regex.Pattern.compile("(?m)^ +dave +employee +Engineering/Platform$")
                        .matcher(up)
                        .find(),
                up);
        assertTrue(
                java.util.regex.Pattern.compile("(?m)^ +no organisation +ivan +it-admin *$")
                        .matcher(up)
                        .find(),
                up);

        Api.Reply orders = Api.get("/orders", Api.token("olivia"));
        assertEquals(200, orders.status(), orders.body());
        assertTrue(
                orders.json().asJsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(o -> o.getString("name").equals(RestApiIT.placedOrder)),
                orders.body());

        Api.Reply job = Api.get("/jobs/" + RestApiIT.completedSelfTest, Api.token("ivan"));
        assertEquals(200, job.status(), job.body());
        assertEquals("COMPLETED", job.object().getString("status"), job.body());
    }

    @Test
    @Order(2)
    void aSecondUpWhileRunningChangesNothing() throws Exception {
        long payara = HeadshotsSystem.get().pidOf("payara");

        String again = HeadshotsSystem.get().launcher(Duration.ofMinutes(1), "up", "--no-build");

        assertTrue(again.contains("already running"), again);
        assertEquals(payara, HeadshotsSystem.get().pidOf("payara"));
    }
}
