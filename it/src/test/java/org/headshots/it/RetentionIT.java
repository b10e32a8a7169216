package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The retention sweep in the running system: IT starts it from the API and from the IT page, it completes, and it
 * erases nothing that has not outlived its retention (what it erases once it has is RetentionSweepTest's, with the
 * clock set forward).
 */
@Order(31)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class RetentionIT {

    @Test
    void itSweepsFromTheApiAndFreshDataStays() throws Exception {
        String frank = Api.token("frank");
        int selfiesBefore =
                Api.get("/me/selfies", frank).object().getJsonArray("selfies").size();
        String ivan = Api.token("ivan");

        Api.Reply started = Api.post("/retention/sweeps", ivan, "");
        assertEquals(202, started.status(), started.body());
        long job = started.object().getJsonNumber("jobId").longValue();
        JsonObject done = awaitEnd(job, ivan);
        assertEquals("COMPLETED", done.getString("status"), done.toString());

        JsonObject sweeps = Api.get("/retention/sweeps", ivan).object();
        assertEquals(job, sweeps.getJsonObject("latest").getJsonNumber("id").longValue());
        assertTrue(
                sweeps.getJsonArray("tallies").stream()
                        .noneMatch(t -> t.asJsonObject().getJsonNumber("jobId").longValue() == job),
                "nothing here is older than its retention: " + sweeps);
        assertEquals(
                selfiesBefore,
                Api.get("/me/selfies", Api.token("frank"))
                        .object()
                        .getJsonArray("selfies")
                        .size());
        assertEquals(403, Api.post("/retention/sweeps", Api.token("olivia"), "").status());
    }

    @Test
    void itSweepsFromTheItPage() throws Exception {
        Browser browser = Browsers.open();
        browser.signInAs("ivan");
        browser.open("/it/nodes.xhtml");
        browser.waitFor(By.id("retention-form:sweep-now")).click();
        browser.waitFor(By.id("retention-form:retention-status"));
        long job = Long.parseLong(browser.text(By.id("retention-job")));
        awaitEnd(job, Api.token("ivan"));

        browser.open("/it/nodes.xhtml");
        browser.waitForText(By.id("retention-form:retention-status"), "COMPLETED", Duration.ofSeconds(10));
        browser.screenshot("retention-panel");
    }

    private static JsonObject awaitEnd(long job, String token) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonObject view = Api.get("/jobs/" + job, token).object();
            String status = view.getString("status");
            if (!status.equals("STARTING") && !status.equals("STARTED") || System.nanoTime() > until) {
                return view;
            }
            Thread.sleep(500);
        }
    }
}
