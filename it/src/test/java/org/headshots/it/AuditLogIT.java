package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The org admin's audit log: who did what, when, to whom, filtered by person, action and days, paged, exported
 * as CSV in which nothing is a formula; only the organisation's own events.
 */
@Order(6)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class AuditLogIT {

    @Test
    void theLogIsFilteredPagedAndExportedWithoutFormulas() throws Exception {
        String olivia = Api.token("olivia");
        Api.Reply formula = Api.post(
                "/orders",
                olivia,
                "{\"name\":\"=HYPERLINK(\\\"http://evil.example\\\")\"," + "\"department\":\"Design\",\"deadline\":\""
                        + LocalDate.now().plusDays(5) + "\",\"draft\":true}");
        assertEquals(201, formula.status(), formula.body());

        JsonObject frank = Api.get("/audit?person=frank&max=5", olivia).object();
        assertTrue(frank.getJsonNumber("found").longValue() >= 1, frank.toString());
        assertTrue(frank.getJsonArray("entries").size() <= 5);
        JsonObject drafted = Api.get(
                        "/audit?action=ORDER_DRAFTED&from=" + LocalDate.now() + "&to=" + LocalDate.now(), olivia)
                .object();
        List<JsonObject> entries = drafted.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertFalse(entries.isEmpty(), drafted.toString());
        assertTrue(entries.stream().allMatch(e -> e.getString("action").equals("ORDER_DRAFTED")));

        Api.Reply csv = Api.getCsv("/audit/export.csv?action=ORDER_DRAFTED", olivia);
        assertEquals(200, csv.status(), csv.body());
        List<String> lines = csv.body().lines().toList();
        assertEquals("at,actor,action,subject,detail", lines.get(0));
        assertTrue(lines.stream().anyMatch(line -> line.contains("'=HYPERLINK")), csv.body());
        assertTrue(
                lines.stream().skip(1).noneMatch(line -> line.contains(",=") || line.contains(",\"=")),
                "no cell begins with =: " + csv.body());

        for (String bad : List.of("from=yesterday", "from=2027-02-01&to=2027-01-01", "max=5000", "first=x")) {
            assertEquals(400, Api.get("/audit?" + bad, olivia).status(), bad);
        }
        assertTrue(
                Api.get("/audit?person=frank", Api.token("oscar"))
                        .object()
                        .getJsonArray("entries")
                        .isEmpty(),
                "another organisation's admin reads none of it");
    }

    @Test
    void theAuditPageShowsAndExportsWhatItsFiltersShow() throws Exception {
        Browser browser = Browsers.open();
        browser.signInAs("olivia");
        browser.open("/admin/audit.xhtml");
        browser.waitFor(By.id("audit:entries"));
        browser.driver().findElement(By.id("audit:person")).sendKeys("frank");
        browser.driver().findElement(By.id("audit:apply")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("[id='audit:entries'] .audit-action"))
                                .isEmpty()
                        && d.findElement(By.id("audit-csv"))
                                .getAttribute("href")
                                .contains("person=frank"));
        browser.screenshot("audit-log");

        String href = browser.driver().findElement(By.id("audit-csv")).getAttribute("href");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> export = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "JSESSIONID=" + session)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(export.body().lines().skip(1).allMatch(line -> line.contains("frank")), export.body());
    }
}
