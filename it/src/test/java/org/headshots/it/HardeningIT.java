package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The server as a stranger finds it (issue 14, part 4): security headers on every kind of answer and no version
 * in them, the application's own page for every status, a session cookie other sites' requests do not carry, a
 * sign-out no link can trigger, Payara's administration closed to others, and passwords that cannot be guessed
 * by trying.
 */
@Order(30)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class HardeningIT {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeadersAndNoVersion() throws Exception {
        Browser browser = Browsers.open();
        browser.signInAs("frank");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        List<HttpResponse<String>> answers = List.of(
                send("/employee/home.xhtml", Optional.of(session), "GET"),
                send("/no-such-page.xhtml", Optional.of(session), "GET"),
                send("/api/v1/me/consent", Optional.empty(), "GET"),
                Api.get("/me/consent", Api.token("frank")).raw(),
                Api.getAuthorized("/me/consent", "bearer garbage").raw(),
                send("/status/ready", Optional.empty(), "GET"));
        assertEquals(
                List.of(200, 404, 401, 200, 401, 200),
                answers.stream().map(HttpResponse::statusCode).toList());
        for (HttpResponse<String> answer : answers) {
            String what = answer.request().method() + " " + answer.uri() + " (" + answer.statusCode() + ")";
            String policy =
                    answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
            assertTrue(policy.contains("object-src 'none'") || policy.contains("default-src 'none'"), what);
            assertEquals(Optional.of("nosniff"), answer.headers().firstValue("X-Content-Type-Options"), what);
            assertEquals(Optional.of("same-origin"), answer.headers().firstValue("Referrer-Policy"), what);
            assertEquals(Optional.empty(), answer.headers().firstValue("X-Powered-By"), what);
            assertFalse(answer.headers().firstValue("Server").orElse("").contains("Payara"), what);
            assertFalse(answer.body().contains("Payara"), what + " names the server: " + answer.body());
        }
        List<String> pagePolicies = answers.get(0).headers().allValues("Content-Security-Policy");
        assertEquals(1, pagePolicies.size(), "one policy, not two to intersect: " + pagePolicies);
        String scripts = java.util.Arrays.stream(pagePolicies.get(0).split(";"))
                .map(String::strip)
                .filter(directive -> directive.startsWith("script-src"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no script-src: " + pagePolicies));
        assertTrue(scripts.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'"), scripts);
        String nonce = scripts.substring(scripts.indexOf("'nonce-") + 7, scripts.length() - 1);
        assertTrue(answers.get(0).body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry its nonce");
        assertFalse(
                send("/employee/home.xhtml", Optional.of(session), "GET")
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow()
                        .contains(nonce),
                "a nonce serves one page only");
        assertTrue(answers.get(3)
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .contains("default-src 'none'"));
    }

    @Test
    void anInlineHandlerThePageDidNotWriteDoesNotRunAndIsReported() throws Exception {
        Browser browser = Browsers.open();
        browser.signInAs("frank");
        browser.open("/employee/home.xhtml");
        org.openqa.selenium.JavascriptExecutor page = (org.openqa.selenium.JavascriptExecutor) browser.driver();

        page.executeScript(
                "var injected = document.createElement('button'); injected.id = 'injected';"
                        + " injected.setAttribute('onclick', 'window.injectedRan = true'); document.body.appendChild(injected);");
        browser.driver().findElement(By.id("injected")).click();

        assertEquals(Boolean.FALSE, page.executeScript("return window.injectedRan === true;"));
        List<String> console = new java.util.ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Browser.policyViolations(console).stream().noneMatch(message -> message.contains("inline event handler"))
                && System.nanoTime() < until) {
            Thread.sleep(200);
            console.addAll(browser.console());
        }
        assertTrue(
                Browser.policyViolations(console).stream()
                        .anyMatch(message -> message.contains("inline event handler")),
                "Chromium reports the refusal, so that a page of ours breaking its policy fails the suite: " + console);
    }

    @Test
    void aStatusTheContainerSendsItselfGetsTheApplicationsPage() throws Exception {
        HttpResponse<String> wrongMethod = send("/status/ready", Optional.empty(), "DELETE");

        assertEquals(405, wrongMethod.statusCode());
        assertTrue(wrongMethod.body().contains("This request cannot be answered"), wrongMethod.body());
        assertTrue(wrongMethod.body().contains("HTTP 405"), wrongMethod.body());
    }

    @Test
    void aPageWhoseFormStateWasAlteredIsLoadedAgainNotAFailure() throws Exception {
        Browser browser = Browsers.open();
        browser.signInAs("frank");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        HttpResponse<String> tampered = HTTP.send(
                HttpRequest.newBuilder(URI.create(HeadshotsSystem.APP + "/employee/home.xhtml"))
                        .header("Cookie", "JSESSIONID=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=-123%3A456tampered"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(302, tampered.statusCode(), tampered.body());
        assertTrue(
                tampered.headers().firstValue("Location").orElse("").endsWith("/employee/home.xhtml"),
                tampered.headers().toString());
    }

    @Test
    void aStaleSignInAnswerSendsThePersonToSignInAgainNotToAFailure() throws Exception {
        Browser browser = Browsers.open();
        browser.signInAs("frank");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        for (Optional<String> who : List.of(Optional.<String>empty(), Optional.of(session))) {
            HttpResponse<String> stale = send("/callback?code=used-already&state=from-last-week", who, "GET");
            assertEquals(302, stale.statusCode(), who + ": " + stale.body());
        }
        browser.open("/callback?code=used-already&state=from-last-week");
        browser.waitFor(By.id("signed-in-as"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStaysOffOtherSitesRequests() throws Exception {
        Browser browser = Browsers.open();
        browser.signInAs("frank");

        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(session.isHttpOnly());
        assertEquals("Lax", session.getSameSite());
    }

    @Test
    void aLinkCannotSignAPersonOutOnlyTheirButtonCan() throws Exception {
        Browser browser = Browsers.open();
        browser.signInAs("frank");

        browser.open("/logout");
        browser.waitFor(By.id("sign-out-question"));
        browser.open("/employee/home.xhtml");
        assertTrue(browser.waitFor(By.id("signed-in-as")).isDisplayed(), "still signed in after GET /logout");

        browser.open("/logout");
        browser.waitFor(By.id("confirm-logout")).click();
        browser.waitFor(By.id("kc-form-login"));
        browser.open("/employee/home.xhtml");
        browser.waitFor(By.id("kc-form-login"));
    }

    @Test
    void payarasAdministrationAsksForAPasswordAndListensOnThisMachineOnly() throws Exception {
        HttpResponse<String> version = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + HeadshotsSystem.ADMIN_PORT + "/management/domain/version"))
                        .header("Accept", "application/json")
                        .header("X-Requested-By", "HardeningIT")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, version.statusCode(), version.body());

        Optional<InetAddress> outside = NetworkInterface.networkInterfaces()
                .filter(network -> !isLoopback(network))
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        if (outside.isPresent()) {
            try (Socket socket = new Socket()) {
                boolean refused = false;
                try {
                    socket.connect(new InetSocketAddress(outside.get(), HeadshotsSystem.ADMIN_PORT), 3000);
                } catch (ConnectException e) {
                    refused = true;
                }
                assertTrue(refused, "the admin port answers on " + outside.get());
            }
        }
    }

    @Test
    void passwordsCannotBeGuessedByTryingThemOneAfterAnother() throws Exception {
        String person = "guessed" + System.nanoTime();
        KeycloakAdmin.createMember("headshots.example", person);
        assertEquals(200, tokenAttempt(person, "demo"), "the right password works before the guessing");

        for (int i = 0; i < 20; i++) {
            assertNotEquals(200, tokenAttempt(person, "guess-" + i));
        }

        assertNotEquals(200, tokenAttempt(person, "demo"), "the right password after 20 wrong ones is refused too");
    }

    @Test
    void numbersAndDatesOutsideWhatTheCallTakesAreRefusedNotBent() throws Exception {
        String olivia = Api.token("olivia");
        for (String count : List.of("4.5", "2147483648", "-2147483649", "\"4\"")) {
            Api.Reply placed =
                    Api.post("/orders", olivia, order("\"" + LocalDate.now().plusDays(5) + "\"", count));
            assertEquals(400, placed.status(), count + ": " + placed.body());
        }
        Api.Reply farAway = Api.post("/orders", olivia, order("\"+999999-01-01\"", "4"));
        assertEquals(400, farAway.status(), farAway.body());

        String frank = Api.token("frank");
        for (String id : List.of("4.5", "9223372036854775808", "\"12\"", "0", "null")) {
            Api.Reply chosen = Api.put("/me/favourite", frank, "{\"headshotId\":" + id + "}");
            assertEquals(400, chosen.status(), id + ": " + chosen.body());
        }
    }

    private static String order(String deadline, String headshotsPerPerson) {
        return "{\"name\":\"Numbers\",\"department\":\"Design\",\"deadline\":" + deadline + ",\"headshotsPerPerson\":"
                + headshotsPerPerson + ",\"draft\":true}";
    }

    private static int tokenAttempt(String username, String password) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(
                                        HeadshotsSystem.KEYCLOAK + "/realms/headshots/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=headshots-cli"
                                        + "&username=" + username + "&password=" + password))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static boolean isLoopback(NetworkInterface network) {
        try {
            return network.isLoopback() || !network.isUp();
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    private static HttpResponse<String> send(String path, Optional<String> session, String method) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(HeadshotsSystem.APP + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        session.ifPresent(id -> request.header("Cookie", "JSESSIONID=" + id));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
