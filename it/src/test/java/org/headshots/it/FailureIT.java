package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** What people see when a part is down: readable states and messages, never a stack trace. */
@Order(3)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class FailureIT {

    @Test
    @Order(1)
    void aStoppedNodeIsDownAndTheSelfTestFailsNamingIt() throws Exception {
        String token = Api.token("ivan");
        HeadshotsSystem.get().kill("gpu-node");

        Api.Reply nodes = Api.get("/nodes", token);
        assertEquals(200, nodes.status(), nodes.body());
        JsonObject node = nodes.json().asJsonArray().getJsonObject(0);
        assertEquals("DOWN", node.getString("state"), nodes.body());
        assertTrue(node.getString("problem").length() > 3, nodes.body());

        Api.Reply started = Api.post("/nodes/self-test", token, "");
        assertEquals(202, started.status(), started.body());
        JsonObject job =
                RestApiIT.waitForEnd(started.object().getJsonNumber("jobId").longValue(), token);
        assertEquals("FAILED", job.getString("status"), job.toString());
        String message = job.getString("message");
        assertTrue(message.contains(HeadshotsSystem.NODE), message);
        assertTrue(!message.contains("Exception") && !message.contains("\tat "), "no stack trace: " + message);

        Browser browser = Browsers.open();
        browser.signInAs("ivan");
        assertEquals("DOWN", browser.text(By.cssSelector(".node-state")));
        browser.screenshot("ivan-node-down");
    }

    @Test
    @Order(2)
    void withKeycloakStoppedPagesSaySignInIsUnavailable() throws Exception {
        Browser signedIn = Browsers.open();
        signedIn.signInAs("frank");
        signedIn.open("/employee/selfies.xhtml");
        int selfies =
                signedIn.driver().findElements(By.cssSelector(".hs-selfie")).size();
        HeadshotsSystem.get().kill("keycloak");
        Browser browser = Browsers.open();
        // the server asks Keycloak at most every 2 s: within a few seconds every new visit says so
        long until = System.currentTimeMillis() + 20_000;
        do {
            try {
                browser.open("/");
            } catch (org.openqa.selenium.WebDriverException sentToTheDeadLoginPage) {
                Thread.sleep(500);
            }
        } while (browser.driver().findElements(By.id("signin-unavailable")).isEmpty()
                && System.currentTimeMillis() < until);
        browser.waitFor(By.id("signin-unavailable"), Duration.ofSeconds(5));
        assertTrue(browser.pageText().contains("Sign-in is unavailable"), browser.pageText());
        browser.screenshot("signin-unavailable");

        // whoever was signed in before goes on: their session does not need Keycloak, and nothing of theirs is lost
        signedIn.open("/employee/selfies.xhtml");
        signedIn.waitFor(By.id("signed-in-as"));
        assertEquals(
                selfies,
                signedIn.driver().findElements(By.cssSelector(".hs-selfie")).size());
        signedIn.open("/employee/home.xhtml");
        signedIn.waitFor(By.id("signed-in-as"));
        signedIn.screenshot("signed-in-while-keycloak-is-down");
    }

    @Test
    @Order(3)
    void upBringsBackWhatStoppedAndSignInWorksAgain() throws Exception {
        HeadshotsSystem.get().launcher(Duration.ofMinutes(6), "up", "--no-build");

        Browser browser = Browsers.open();
        browser.signInAs("bob");
        assertTrue(
                browser.driver().getCurrentUrl().contains("/employee/home"),
                browser.driver().getCurrentUrl());
        Api.Reply nodes = Api.get("/nodes", Api.token("ivan"));
        assertEquals("UP", nodes.json().asJsonArray().getJsonObject(0).getString("state"), nodes.body());
    }
}
