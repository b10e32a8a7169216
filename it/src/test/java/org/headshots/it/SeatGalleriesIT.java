package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A person with seats in two orders has a run, a gallery and a favourite per seat, each made with its own
 * order's plan: frank, whose Sales order made his first headshots, is picked by name for a second order.
 */
@Order(6)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class SeatGalleriesIT {

    @Test
    void frankHasAGalleryAndAFavouritePerSeat() throws Exception {
        String olivia = Api.token("olivia");
        long sales = Api.get("/orders", olivia).json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(order -> order.getString("name").equals(RestApiIT.placedOrder))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        Api.Reply placed = Api.post(
                "/orders",
                olivia,
                "{\"name\":\"Frank's second seat\",\"people\":[\"frank\"],"
                        + "\"deadline\":\"" + LocalDate.now().plusDays(9) + "\",\"headshotsPerPerson\":2,"
                        + "\"styles\":[\"charcoal-executive\"]}");
        assertEquals(201, placed.status(), placed.body());
        long second = placed.id();

        String frank = Api.token("frank");
        JsonObject run = awaitRun(frank, second, Duration.ofMinutes(5));
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals(2, run.getInt("total"), "the second order's plan: " + run);

        List<JsonObject> ofSecond = Api.get("/me/headshots?order=" + second, frank)
                .json()
                .asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(2, ofSecond.size(), ofSecond.toString());
        assertTrue(
                ofSecond.stream()
                        .allMatch(h -> h.getString("style").equals("charcoal-executive")
                                && h.getJsonNumber("order").longValue() == second),
                ofSecond.toString());
        assertEquals(List.of(1, 2), ofSecond.stream().map(h -> h.getInt("rank")).toList(), "ranked within the seat");
        Set<Long> ofSales =
                Api.get("/me/headshots?order=" + sales, frank)
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(h -> h.getJsonNumber("id").longValue())
                        .collect(Collectors.toSet());
        assertFalse(ofSales.isEmpty());
        assertTrue(ofSecond.stream()
                .noneMatch(h -> ofSales.contains(h.getJsonNumber("id").longValue())));

        Api.Reply salesFavourite = Api.get("/me/favourite?order=" + sales, frank);
        long chosen = ofSecond.get(1).getJsonNumber("id").longValue();
        Api.Reply put = Api.put("/me/favourite", frank, "{\"headshotId\":" + chosen + "}");
        assertEquals(200, put.status(), put.body());
        assertEquals(second, put.object().getJsonNumber("orderId").longValue());
        assertEquals(
                chosen,
                Api.get("/me/favourite?order=" + second, frank)
                        .object()
                        .getJsonNumber("headshotId")
                        .longValue());
        assertEquals(
                salesFavourite.body(),
                Api.get("/me/favourite?order=" + sales, frank).body(),
                "the Sales seat's favourite stays as it was");
        JsonObject inSecond =
                Api.get("/orders/" + second + "/members/frank", olivia).object();
        assertEquals("CHOSEN", inSecond.getString("state"));
        assertEquals(chosen, inSecond.getJsonNumber("favouriteId").longValue());

        Browser browser = Browsers.open();
        browser.signInAs("frank");
        browser.open("/employee/headshots.xhtml?order=" + second);
        assertTrue(browser.waitFor(By.id("gallery-order")).getText().contains("Frank's second seat"));
        assertEquals("(2)", browser.text(By.id("headshot-count")));
        List<WebElement> seats = browser.driver().findElements(By.cssSelector("#seats .hs-seat-link"));
        assertTrue(seats.size() >= 2, "a link per seat: " + browser.pageText());
        browser.screenshot("gallery-per-seat");
        seats.stream()
                .filter(link -> link.getText().equals(RestApiIT.placedOrder))
                .findFirst()
                .orElseThrow()
                .click();
        browser.waitForText(By.id("gallery-order"), RestApiIT.placedOrder, Duration.ofSeconds(20));
        assertEquals("(" + ofSales.size() + ")", browser.text(By.id("headshot-count")));

        Browser admin = Browsers.open();
        admin.signInAs("olivia");
        admin.open("/admin/member.xhtml?order=" + second + "&username=frank");
        admin.waitFor(By.id("member-gallery"));
        assertEquals(
                2,
                admin.driver()
                        .findElements(By.cssSelector("#member-gallery img"))
                        .size(),
                "the admin sees the second seat's headshots only: " + admin.pageText());
        assertEquals(
                1,
                admin.driver()
                        .findElements(By.cssSelector("#member-runs tbody tr"))
                        .size(),
                "and its one run: " + admin.pageText());
    }

    private static JsonObject awaitRun(String token, long order, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        JsonObject run = null;
        while (System.nanoTime() < until) {
            run = Api.get("/me/jobs", token).json().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(candidate -> candidate.getJsonNumber("order").longValue() == order)
                    .findFirst()
                    .orElse(null);
            if (run != null
                    && (run.getString("status").equals("COMPLETED")
                            || run.getString("status").equals("FAILED"))) {
                return run;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("The run of order " + order + " did not end within " + timeout + ": " + run);
    }
}
