package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** An employee gives and withdraws consent for their photos on the consent page, in a real Chromium. */
@Order(2)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class ConsentJourneyIT {

    @Test
    void daveReadsAcceptsAndWithdrawsHisConsent() throws Exception {
        // an earlier run on the same work folder may have left dave's consent standing
        assertEquals(200, Api.delete("/me/consent", Api.token("dave")).status());
        Browser browser = Browsers.open();
        browser.signInAs("dave");
        assertTrue(
                browser.driver().getCurrentUrl().contains("/employee/home"),
                browser.driver().getCurrentUrl());

        browser.waitFor(By.id("consent-needed"));
        browser.driver().findElement(By.id("consent-cta")).click();
        browser.waitFor(By.id("consent-text"));
        assertTrue(
                browser.driver().getCurrentUrl().contains("/employee/consent"),
                browser.driver().getCurrentUrl());
        assertTrue(browser.text(By.id("consent-text")).contains("Who sees it"), browser.text(By.id("consent-text")));
        assertFalse(browser.text(By.id("consent-version")).isBlank());

        browser.driver().findElement(By.id("consent-form:accept")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> browser.pageText().contains("Tick \"I have read this and agree\" first"));
        assertTrue(
                browser.driver()
                        .findElements(By.id("consent-form:consent-accepted"))
                        .isEmpty(),
                "not accepted without the tick");

        browser.driver()
                .findElement(By.cssSelector("[id='consent-form:agree'] .ui-chkbox-box"))
                .click();
        browser.driver().findElement(By.id("consent-form:accept")).click();
        browser.waitFor(By.id("consent-form:consent-accepted"), Duration.ofSeconds(15));
        assertFalse(browser.text(By.id("accepted-on")).isBlank());
        assertTrue(browser.driver().findElements(By.id("consent-form:agree")).isEmpty(), "no second acceptance");
        browser.screenshot("dave-consent-accepted");

        browser.open("/employee/home.xhtml");
        browser.waitFor(By.id("consent-given"));
        assertTrue(browser.driver().findElements(By.id("consent-needed")).isEmpty(), "no call to action any more");
        browser.driver().findElement(By.id("consent-link")).click();
        browser.waitFor(By.id("consent-form:consent-accepted"));

        browser.driver().findElement(By.id("consent-form:withdraw")).click();
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "deleted at once", Duration.ofSeconds(10));
        browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitFor(By.id("consent-form:agree"), Duration.ofSeconds(15));
        assertTrue(browser.driver()
                .findElements(By.id("consent-form:consent-accepted"))
                .isEmpty());
        browser.screenshot("dave-consent-withdrawn");
    }
}
