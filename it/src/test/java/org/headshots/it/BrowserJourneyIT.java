package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The people of the demo realm, in a real Chromium, through Keycloak's real login form. */
@Order(2)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class BrowserJourneyIT {

    private static final String ORDER = "Engineering headshots " + System.currentTimeMillis();

    @Test
    @Order(1)
    void oliviaCreatesAnOrderForEngineeringAndSignsOut() throws Exception {
        Browser browser = Browsers.open();
        browser.signInAs("olivia");
        assertTrue(
                browser.driver().getCurrentUrl().contains("/admin/orders"),
                browser.driver().getCurrentUrl());

        browser.driver().findElement(By.id("new-order:name")).sendKeys(ORDER);
        browser.tick("new-order:departments", "Engineering");
        browser.driver().findElement(By.id("new-order:place")).click();

        browser.waitForText(By.id("orders"), ORDER, Duration.ofSeconds(30));
        WebElement row = browser.driver().findElements(By.cssSelector("#orders tbody tr")).stream()
                .filter(r -> r.getText().contains(ORDER))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Engineering", row.findElement(By.className("order-department")).getText());
        assertEquals("3", row.findElement(By.className("order-seats")).getText(), "bob, carol and dave");
        browser.screenshot("olivia-orders");

        browser.driver().findElement(By.id("logout")).click();
        browser.waitFor(By.id("kc-form-login"));
        browser.open("/admin/orders.xhtml");
        browser.waitFor(By.id("kc-form-login"));
        assertTrue(
                browser.driver().getCurrentUrl().startsWith(HeadshotsSystem.KEYCLOAK),
                "signed out at Keycloak too: " + browser.driver().getCurrentUrl());
    }

    @Test
    @Order(2)
    void bobSeesHisSeatAndIsRefusedTheAdminPage() throws Exception {
        Browser browser = Browsers.open();
        browser.signInAs("bob");
        assertTrue(
                browser.driver().getCurrentUrl().contains("/employee/home"),
                browser.driver().getCurrentUrl());
        browser.waitForText(By.tagName("main"), ORDER, Duration.ofSeconds(10));
        List<WebElement> seats = browser.driver().findElements(By.cssSelector(".seat"));
        WebElement seat = seats.stream()
                .filter(s -> s.getText().contains(ORDER))
                .findFirst()
                .orElseThrow();
        assertTrue(seat.getText().contains("INVITED"), seat.getText());
        browser.screenshot("bob-home");

        browser.open("/admin/orders.xhtml");
        browser.waitFor(By.id("forbidden"));
        assertTrue(browser.pageText().contains("signed in as bob"), browser.pageText());
        browser.screenshot("bob-forbidden");
    }

    @Test
    @Order(3)
    void ivanSeesTheNodeUpAndRunsTheSelfTest() throws Exception {
        Browser browser = Browsers.open();
        browser.signInAs("ivan");
        assertTrue(
                browser.driver().getCurrentUrl().contains("/it/nodes"),
                browser.driver().getCurrentUrl());
        // the table refreshes itself every 3 s: read it through locators, not element references
        browser.waitForText(By.cssSelector(".node-state"), "UP", Duration.ofSeconds(10));
        assertEquals(
                1, browser.driver().findElements(By.cssSelector(".node-state")).size());
        assertEquals(HeadshotsSystem.NODE, browser.text(By.cssSelector(".node-address")));

        String earlierJob = browser.driver().findElements(By.id("self-test-id")).isEmpty()
                ? ""
                : browser.text(By.id("self-test-id"));
        browser.driver().findElement(By.id("nodes-form:run-self-test")).click();
        // the panel may still show an earlier job's COMPLETED until the click's answer arrives
        browser.waitForTextOtherThan(By.id("self-test-id"), earlierJob, Duration.ofSeconds(30));
        browser.waitForText(By.id("nodes-form:self-test-status"), "COMPLETED", Duration.ofSeconds(90));
        assertTrue(
                browser.text(By.id("self-test-message")).contains(HeadshotsSystem.NODE + " passed"),
                browser.text(By.id("self-test-message")));
        assertTrue(browser.text(By.id("self-test-duration")).endsWith(" s"));
        browser.screenshot("ivan-nodes");

        assertTrue(browser.pageText().contains("Evaluation models."), "the evaluation notice is shown");
        assertTrue(browser.text(By.cssSelector(".node-packs")).contains("starter"));
        assertTrue(browser.pageText().contains("AGPL-3.0"), "licences as the packages state them");

        browser.driver().findElement(By.id("nodes-form:new-node")).sendKeys("localhost:59995");
        browser.driver().findElement(By.id("nodes-form:add")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector(".node-address")).size() == 2);
        browser.waitForText(
                By.cssSelector("#nodes-form\\:nodes tbody tr:nth-child(2) .node-problem"),
                "connection refused",
                Duration.ofSeconds(15));
        browser.screenshot("ivan-node-added");
        browser.driver().findElements(By.cssSelector(".node-remove")).get(1).click();
        browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".node-address")).size() == 1);
        assertEquals(HeadshotsSystem.NODE, browser.text(By.cssSelector(".node-address")));
    }
}
