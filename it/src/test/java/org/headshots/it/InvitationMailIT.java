package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Opening an order mails every seat through the SMTP server IT configured (here the demo's mail catcher); the
 * link in the mail signs the person in and lands on their seat; a reminder is sent on demand and received;
 * every mail's delivery is recorded.
 */
@Order(6)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class InvitationMailIT {

    private static final Pattern LINK =
            Pattern.compile(Pattern.quote(HeadshotsSystem.APP) + "/employee/home\\.xhtml\\?order=(\\d+)");

    @Test
    void openingInvitesByMailTheLinkLandsOnTheSeatAndAReminderFollows() throws Exception {
        String olivia = Api.token("olivia");
        String name = "Design mail " + System.nanoTime();
        Api.Reply drafted = Api.post(
                "/orders",
                olivia,
                "{\"name\":\"" + name + "\",\"department\":\"Design\","
                        + "\"deadline\":\"" + LocalDate.now().plusDays(14)
                        + "\",\"headshotsPerPerson\":4,\"draft\":true,"
                        + "\"reminderDays\":[3,10]}");
        assertEquals(201, drafted.status(), drafted.body());
        assertEquals(
                List.of(10, 3),
                drafted.object().getJsonArray("reminderDays").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(jakarta.json.JsonNumber::intValue)
                        .toList());
        long order = drafted.id();
        assertTrue(
                Api.get("/orders/" + order + "/mails", olivia)
                        .json()
                        .asJsonArray()
                        .isEmpty(),
                "a draft invites nobody");

        assertEquals(200, Api.post("/orders/" + order + "/open", olivia, "").status());

        MailCatcher.Mail invitation = MailCatcher.await(
                "grace@headshots.example", mail -> mail.subject().contains(name), Duration.ofSeconds(60));
        assertTrue(invitation.subject().startsWith("Your headshot"), invitation.subject());
        Matcher link = LINK.matcher(invitation.text());
        assertTrue(link.find(), invitation.text());
        assertEquals(Long.toString(order), link.group(1));
        JsonObject delivery = awaitDelivery(olivia, order, "INVITATION");
        assertEquals("grace@headshots.example", delivery.getString("recipient"));
        assertEquals(1, delivery.getInt("attempts"));

        Browser browser = Browsers.open();
        browser.driver().get(link.group());
        browser.waitFor(By.id("kc-form-login"));
        browser.signInOnTheForm("grace");
        browser.waitFor(By.id("seat-" + order));
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("/employee/home.xhtml?order=" + order),
                browser.driver().getCurrentUrl());
        assertTrue(browser.text(By.id("seat-" + order)).contains(name), browser.pageText());
        browser.screenshot("grace-lands-on-her-seat");

        Api.Reply reminded = Api.post("/orders/" + order + "/remind", olivia, "{\"people\":[\"grace\"]}");
        assertEquals(202, reminded.status(), reminded.body());
        assertEquals(1, reminded.object().getInt("queued"));
        MailCatcher.await(
                "grace@headshots.example",
                mail -> mail.subject().startsWith("Reminder") && mail.subject().contains(name),
                Duration.ofSeconds(60));
        assertEquals("SENT", awaitDelivery(olivia, order, "REMINDER").getString("status"));
    }

    @Test
    void remindersAreRefusedReadablyForStrangersClosedOrdersAndBadBodies() throws Exception {
        String olivia = Api.token("olivia");
        Api.Reply placed = Api.post(
                "/orders",
                olivia,
                "{\"name\":\"Reminder refusals\",\"department\":\"Design\"," + "\"deadline\":\""
                        + LocalDate.now().plusDays(14) + "\",\"headshotsPerPerson\":4}");
        long order = placed.id();

        Api.Reply stranger = Api.post("/orders/" + order + "/remind", olivia, "{\"people\":[\"bob\"]}");
        assertEquals(400, stranger.status(), stranger.body());
        assertTrue(stranger.object().getString("message").contains("bob"), stranger.body());
        Api.Reply notAList = Api.post("/orders/" + order + "/remind", olivia, "{\"people\":\"grace\"}");
        assertEquals(400, notAList.status(), notAList.body());
        Api.Reply badDays = Api.patch("/orders/" + order, olivia, "{\"reminderDays\":[90]}");
        assertEquals(400, badDays.status(), badDays.body());
        assertTrue(badDays.object().getString("message").contains("60"), badDays.body());

        assertEquals(200, Api.post("/orders/" + order + "/close", olivia, "").status());
        Api.Reply closed = Api.post("/orders/" + order + "/remind", olivia, "");
        assertEquals(409, closed.status(), closed.body());
        assertEquals("ORDER_STATE", closed.object().getString("error"));
    }

    private static JsonObject awaitDelivery(String token, long order, String kind) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<JsonObject> mails = List.of();
        while (System.nanoTime() < until) {
            mails = Api.get("/orders/" + order + "/mails", token)
                    .json()
                    .asJsonArray()
                    .getValuesAs(JsonObject.class);
            for (JsonObject mail : mails) {
                if (mail.getString("kind").equals(kind)
                        && mail.getString("status").equals("SENT")) {
                    return mail;
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("No " + kind + " sent for order " + order + ": " + mails);
    }
}
