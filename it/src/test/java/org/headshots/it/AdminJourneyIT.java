package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The org admin's road in Chromium: a draft order placed on the orders page, opened with its button, the
 * invitation caught by the SMTP server, its link followed through Keycloak's form to the seat, a reminder
 * and an extra remake from the cockpit, and the order closed.
 */
@Order(6)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class AdminJourneyIT {

    private static final Pattern LINK =
            Pattern.compile(Pattern.quote(HeadshotsSystem.APP) + "/employee/home\\.xhtml\\?order=(\\d+)");

    @Test
    void oliviaDraftsOpensRemindsAndClosesAnOrderAndGraceFollowsHerInvitation() throws Exception {
        String name = "Design journey " + System.currentTimeMillis();
        assertEquals(
                200,
                Api.put("/settings", Api.token("olivia"), "{\"defaultHeadshots\":4}")
                        .status());
        try {
            journey(name);
        } finally {
            Api.put("/settings", Api.token("olivia"), "{\"defaultHeadshots\":40}");
        }
    }

    private static void journey(String name) throws Exception {
        Browser olivia = Browsers.open();
        olivia.signInAs("olivia");
        olivia.open("/admin/orders.xhtml");
        olivia.driver().findElement(By.id("new-order:name")).sendKeys(name);
        olivia.tick("new-order:departments", "Design");
        assertEquals(
                "4",
                olivia.driver().findElement(By.id("new-order:per-person_input")).getAttribute("value"),
                "the form starts from the organisation's default: four headshots, so that the suite stays quick");
        chooseStylePoolFromItsPictures(olivia);
        olivia.driver()
                .findElement(By.cssSelector("[id='new-order:draft'] .ui-chkbox-box"))
                .click();
        olivia.driver().findElement(By.id("new-order:place")).click();
        olivia.waitForText(By.id("orders"), name, Duration.ofSeconds(30));
        WebElement row = row(olivia, name);
        assertEquals("DRAFT", row.findElement(By.className("order-status")).getText());
        assertEquals(
                "office-blurred, white-clean",
                row.findElement(By.className("order-styles")).getText(),
                "the styles picked on their pictures, and only those");

        row.findElement(By.className("order-open")).click();
        new WebDriverWait(olivia.driver(), Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> row(olivia, name)
                        .findElement(By.className("order-status"))
                        .getText()
                        .equals("OPEN"));
        olivia.screenshot("admin-opened-order");

        MailCatcher.Mail invitation = MailCatcher.await(
                "grace@headshots.example", mail -> mail.subject().contains(name), Duration.ofSeconds(60));
        Matcher link = LINK.matcher(invitation.text());
        assertTrue(link.find(), invitation.text());
        long order = Long.parseLong(link.group(1));
        Browser grace = Browsers.open();
        grace.driver().get(link.group());
        grace.waitFor(By.id("kc-form-login"));
        grace.signInOnTheForm("grace");
        assertTrue(grace.waitFor(By.id("seat-" + order)).getText().contains(name));

        row(olivia, name).findElement(By.className("order-name")).click();
        olivia.waitFor(By.id("cockpit:members"));
        WebElement member = olivia.driver().findElements(By.cssSelector("[id='cockpit:members'] tbody tr")).stream()
                .filter(r -> r.getText().contains("Grace"))
                .findFirst()
                .orElseThrow();
        member.findElement(By.cssSelector(".member-remind")).click();
        olivia.waitForText(By.id("growl_container"), "Reminder queued", Duration.ofSeconds(20));
        MailCatcher.await(
                "grace@headshots.example",
                mail -> mail.subject().startsWith("Reminder") && mail.subject().contains(name),
                Duration.ofSeconds(60));

        olivia.driver().findElements(By.cssSelector("[id='cockpit:members'] tbody tr")).stream()
                .filter(r -> r.getText().contains("Grace"))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector(".member-remake"))
                .click();
        olivia.waitForText(By.id("growl_container"), "Remake granted", Duration.ofSeconds(20));
        assertEquals(
                2,
                Api.get("/orders/" + order + "/members/grace", Api.token("olivia"))
                        .object()
                        .getInt("remakesAllowed"),
                "the order's one and the one granted");
        olivia.screenshot("admin-cockpit-journey");

        olivia.open("/admin/orders.xhtml");
        olivia.waitForText(By.id("orders"), name, Duration.ofSeconds(30));
        row(olivia, name).findElement(By.className("order-close")).click();
        new WebDriverWait(olivia.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        olivia.driver().switchTo().alert().accept();
        new WebDriverWait(olivia.driver(), Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> row(olivia, name)
                        .findElement(By.className("order-status"))
                        .getText()
                        .equals("CLOSED"));
        assertEquals(
                "CLOSED",
                Api.get("/orders/" + order, Api.token("olivia")).object().getString("status"));
    }

    /**
     * Every style the fleet offers is shown as its sample picture (a node makes them; the form shows the missing
     * ones as they arrive); olivia keeps the two she clicks on: the defaults off, two pictures on.
     */
    private static void chooseStylePoolFromItsPictures(Browser olivia) {
        List<WebElement> cards = olivia.driver().findElements(By.className("hs-style-card"));
        assertTrue(cards.size() >= 8, "the fleet's styles as cards: " + olivia.pageText());
        new WebDriverWait(olivia.driver(), Duration.ofMinutes(4), Duration.ofSeconds(2))
                .until(d -> d.findElements(By.cssSelector(".hs-style-card.hs-pending"))
                        .isEmpty());
        for (WebElement card : olivia.driver().findElements(By.className("hs-style-card"))) {
            WebElement picture = card.findElement(By.className("hs-style-sample"));
            Number width = (Number)
                    ((JavascriptExecutor) olivia.driver()).executeScript("return arguments[0].naturalWidth", picture);
            assertTrue(
                    width.intValue() >= 256,
                    card.getAttribute("data-style") + " shows a picture, " + width + " px wide");
        }
        olivia.screenshot("admin-style-pool");
        for (WebElement card : olivia.driver().findElements(By.className("hs-style-card"))) {
            String style = card.getAttribute("data-style");
            boolean checked = !card.findElements(By.cssSelector(".ui-chkbox-box.ui-state-active"))
                    .isEmpty();
            boolean wanted = style.equals("white-clean") || style.equals("office-blurred");
            if (checked != wanted) {
                card.findElement(By.className("hs-style-frame")).click();
            }
        }
    }

    private static WebElement row(Browser browser, String name) {
        return browser.driver().findElements(By.cssSelector("#orders tbody tr")).stream()
                .filter(r -> r.getText().contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + browser.pageText()));
    }
}
