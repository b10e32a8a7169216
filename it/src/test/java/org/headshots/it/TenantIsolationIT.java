package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The other company's admin (oscar, Globex) and employee (gina) against everything of the first company's
 * (headshots.example): every call of the API, taken from the inventory the application itself serves, the
 * admin's pages (orders, an order's cockpit, a member, the team wall, the team's images) and the admin's
 * progress socket. An id of the first company is not found, never forbidden, so ids
 * leak nothing; lists hold nothing of it. A new call that is not classified here fails the test.
 */
@Order(6)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class TenantIsolationIT {

    /** The first company's things: an order of olivia's, and frank's run, selfie and headshot. */
    private static long order;

    private static long run;
    private static long selfie;
    private static long headshot;

    @BeforeAll
    static void theFirstCompanysThings() throws Exception {
        Api.Reply placed = Api.post(
                "/orders",
                Api.token("olivia"),
                "{\"name\":\"Sales, first company\","
                        + "\"department\":\"Sales\",\"deadline\":\""
                        + LocalDate.now().plusDays(20) + "\",\"headshotsPerPerson\":1,"
                        + "\"styles\":[\"studio-grey\"]}");
        assertEquals(201, placed.status(), placed.body());
        order = placed.id();
        String frank = Api.token("frank");
        run = first(Api.get("/me/jobs", frank).json().asJsonArray().getValuesAs(JsonObject.class), "frank's runs");
        selfie = first(
                Api.get("/me/selfies", frank).object().getJsonArray("selfies").getValuesAs(JsonObject.class),
                "frank's selfies");
        headshot = first(
                Api.get("/me/headshots", frank).json().asJsonArray().getValuesAs(JsonObject.class),
                "frank's headshots");
    }

    @Test
    void everyCallTheApplicationServesIsClassified() throws Exception {
        TreeSet<String> served = new TreeSet<>(ApiInventory.servedCalls());

        TreeSet<String> unclassified = new TreeSet<>(served);
        unclassified.removeAll(ApiInventory.CALLS.keySet());
        TreeSet<String> gone = new TreeSet<>(ApiInventory.CALLS.keySet());
        gone.removeAll(served);
        assertTrue(
                unclassified.isEmpty(),
                "Say in TenantIsolationIT.CALLS what these calls are for, so that the"
                        + " other company is tried on them: " + unclassified);
        assertTrue(gone.isEmpty(), "These calls are no longer served: " + gone);
    }

    @Test
    void theOtherCompanysAdminAndEmployeeGetNothingOfTheFirstFromAnyCall() throws Exception {
        String oscar = Api.token("oscar");
        String gina = Api.token("gina");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, ApiInventory.Kind> call : ApiInventory.CALLS.entrySet()) {
            String method = call.getKey().substring(0, call.getKey().indexOf(' '));
            String path = call.getKey().substring(method.length() + 1);
            Api.Reply asAdmin = call(method, path, oscar);
            Api.Reply asEmployee = call(method, path, gina);
            switch (call.getValue()) {
                case IT -> {
                    expect(failures, call.getKey(), "oscar", asAdmin, 403);
                    expect(failures, call.getKey(), "gina", asEmployee, 403);
                }
                case ORGANISATION_LIST -> {
                    expect(failures, call.getKey(), "oscar", asAdmin, 200);
                    expectNothingOfTheFirstCompany(failures, call.getKey(), "oscar", asAdmin);
                    expect(failures, call.getKey(), "gina", asEmployee, 403);
                }
                case ORGANISATION_ITEM -> {
                    expect(failures, call.getKey(), "oscar", asAdmin, 404);
                    expect(failures, call.getKey(), "gina", asEmployee, 403);
                }
                case ORGANISATION_ORDER -> {
                    expect(failures, call.getKey(), "oscar", asAdmin, 422);
                    expect(failures, call.getKey(), "gina", asEmployee, 403);
                }
                case ORGANISATION_OWN_LOGO -> {
                    // Globex has no logo, so its admin gets none, whatever the first company has; what he
                    // sends is no image, so nothing is stored for anyone
                    expect(failures, call.getKey(), "oscar", asAdmin, method.equals("GET") ? 404 : 415);
                    expect(failures, call.getKey(), "gina", asEmployee, 403);
                }
                case OWN -> {
                    expect(failures, call.getKey(), "oscar", asAdmin, 403);
                    if (asEmployee.status() >= 500) {
                        failures.add(call.getKey() + " as gina: " + asEmployee.status() + " " + asEmployee.body());
                    }
                    expectNothingOfTheFirstCompany(failures, call.getKey(), "gina", asEmployee);
                }
                case OWN_ITEM -> {
                    expect(failures, call.getKey(), "oscar", asAdmin, 403);
                    expect(failures, call.getKey(), "gina", asEmployee, 404);
                }
                case INSTALLATION -> {
                    if (asAdmin.status() == 403 || asAdmin.status() >= 500) {
                        failures.add(call.getKey() + " as oscar: " + asAdmin.status() + " " + asAdmin.body());
                    }
                    expect(failures, call.getKey(), "gina", asEmployee, 403);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void oscarCannotOrderForTheFirstCompanysDepartmentNorLearnItsDepartments() throws Exception {
        Api.Reply refused = Api.post(
                "/orders",
                Api.token("oscar"),
                "{\"name\":\"Not ours\",\"department\":" + "\"Engineering\",\"deadline\":\""
                        + LocalDate.now().plusDays(20) + "\"}");

        assertEquals(422, refused.status(), refused.body());
        assertEquals("UNKNOWN_DEPARTMENT", refused.object().getString("error"));
        String message = refused.object().getString("message");
        assertTrue(message.contains("Research") && message.contains("Support"), message);
        assertFalse(
                message.contains("Sales") || message.contains("Design"),
                "no department of another company: " + message);
        assertTrue(Api.get("/me/seats", Api.token("bob")).json().asJsonArray().stream()
                .noneMatch(seat -> seat.asJsonObject().getString("orderName").equals("Not ours")));
    }

    @Test
    void aGlobexOrderSeatsOnlyGlobexPeopleAndSubTeamsCount() throws Exception {
        Api.Reply placed = Api.post(
                "/orders",
                Api.token("oscar"),
                "{\"name\":\"Globex research\",\"department\":" + "\"Research\",\"deadline\":\""
                        + LocalDate.now().plusDays(20) + "\",\"headshotsPerPerson\":4}");

        assertEquals(201, placed.status(), placed.body());
        assertEquals(1, placed.object().getInt("seats"), "gina is in Research's sub-team Lab: " + placed.body());
        assertTrue(Api.get("/me/seats", Api.token("gina")).json().asJsonArray().stream()
                .anyMatch(seat -> seat.asJsonObject().getString("orderName").equals("Globex research")));
        List<String> globex = Api.get("/orders", Api.token("oscar")).json().asJsonArray().stream()
                .map(o -> o.asJsonObject().getString("name"))
                .toList();
        assertTrue(globex.contains("Globex research"), globex.toString());
        assertTrue(Api.get("/orders", Api.token("olivia")).json().asJsonArray().stream()
                .noneMatch(o -> o.asJsonObject().getString("name").equals("Globex research")));
    }

    @Test
    void anEmailAddressIsNoTenantNeitherWhenOscarTriesToChangeItNorWhenItIsChanged() throws Exception {
        String oscar = Api.token("oscar");
        HttpResponse<String> ownChange = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(HeadshotsSystem.KEYCLOAK + "/realms/headshots/account/"))
                                .header("Authorization", "Bearer " + oscar)
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"username\":\"oscar\",\"email\":\"oscar@headshots.example\","
                                                + "\"firstName\":\"Oscar\",\"lastName\":\"Ortiz\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(400, ownChange.statusCode(), ownChange.body());
        assertTrue(ownChange.body().contains("read-only"), ownChange.body());
        assertEquals("oscar@globex.example", KeycloakAdmin.user("oscar").getString("email"));

        // an address of the first company's domain, set by someone who may: membership does not follow it
        KeycloakAdmin.setEmail("oscar", "oscar@headshots.example");
        try {
            String renamed = Api.token("oscar");
            assertEquals(
                    404,
                    Api.getImage("/selfies/" + selfie + "/thumbnail", renamed).status());
            assertEquals(404, Api.get("/orders/" + order, renamed).status());
            assertTrue(Api.get("/runs", renamed).json().asJsonArray().stream()
                    .noneMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == run));
            assertTrue(Api.get("/orders", renamed).json().asJsonArray().stream()
                    .noneMatch(o -> o.asJsonObject().getJsonNumber("id").longValue() == order));
        } finally {
            KeycloakAdmin.setEmail("oscar", "oscar@globex.example");
        }
    }

    @Test
    void oscarsOrdersPageAndProgressSocketShowOnlyGlobex() throws Exception {
        Browser browser = Browsers.open();
        browser.signInAs("oscar");
        browser.open("/admin/orders.xhtml");
        browser.waitFor(By.id("new-order"));
        String page = browser.pageText();
        assertFalse(page.contains("Sales, first company"), "another company's order on oscar's page");
        assertFalse(page.contains("frank"), "another company's people on oscar's page");

        for (String guessed : List.of(
                "/admin/order.xhtml?id=" + order,
                "/admin/wall.xhtml?id=" + order,
                "/admin/member.xhtml?order=" + order + "&username=frank")) {
            browser.open(guessed);
            String text = browser.pageText();
            assertTrue(text.contains("There is no such page"), guessed + ": " + text);
            assertFalse(text.contains("Sales, first company") || text.contains("Frank"), guessed + ": " + text);
        }
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        for (String image : List.of(
                "/admin/team-image?kind=headshot&size=320&id=" + headshot,
                "/admin/team-image?kind=selfie&id=" + selfie,
                "/admin/roster.xlsx?order=" + order,
                "/admin/photos.zip?order=" + order + "&sizes=profile",
                "/admin/profile-picture?order=" + order)) {
            HttpResponse<byte[]> refused = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(HeadshotsSystem.APP + image))
                                    .header("Cookie", "JSESSIONID=" + session)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(404, refused.statusCode(), image);
        }
        String sameSite = firstMessage(session, HeadshotsSystem.APP);
        assertTrue(sameSite.startsWith("["), sameSite);
        assertFalse(sameSite.contains("frank") || sameSite.contains("\"id\":" + run + ","), sameSite);

        ExecutionException foreign = assertThrows(
                ExecutionException.class,
                () -> firstMessage(session, "http://evil.example"),
                "a page of another site opens no socket");
        assertTrue(foreign.getCause() instanceof WebSocketHandshakeException, String.valueOf(foreign.getCause()));
        assertEquals(
                403,
                ((WebSocketHandshakeException) foreign.getCause()).getResponse().statusCode());
    }

    /** The first message the organisation's progress socket sends, opened with the session and that Origin. */
    private static String firstMessage(String session, String origin) throws Exception {
        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .header("Cookie", "JSESSIONID=" + session)
                .header("Origin", origin)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(
                        URI.create(HeadshotsSystem.APP.replace("http", "ws") + "/admin/progress"),
                        new WebSocket.Listener() {
                            private final StringBuilder text = new StringBuilder();

                            @Override
                            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                                text.append(data);
                                if (last) {
                                    first.complete(text.toString());
                                }
                                webSocket.request(1);
                                return null;
                            }

                            @Override
                            public CompletionStage<?> onClose(WebSocket webSocket, int status, String reason) {
                                first.complete("closed " + status + " " + reason);
                                return null;
                            }
                        })
                .get(15, TimeUnit.SECONDS);
        try {
            return first.get(15, TimeUnit.SECONDS);
        } finally {
            socket.abort();
        }
    }

    /** The call with the first company's ids in its path, and a body of the first company's where it takes one. */
    private static Api.Reply call(String method, String template, String token) throws Exception {
        long id = template.startsWith("/orders")
                ? order
                : template.startsWith("/runs") || template.startsWith("/me/jobs")
                        ? run
                        : template.contains("selfies") ? selfie : headshot;
        String path = template.replace("{id}", Long.toString(id))
                .replace("{jobId}", "1")
                .replace("{username}", "frank")
                .replace("{address}", HeadshotsSystem.NODE)
                .replace("{style}", "studio-grey")
                .replace("{linkId}", "1");
        return switch (method) {
            case "GET" ->
                path.contains("thumbnail")
                                || path.contains("/image")
                                || path.endsWith("/logo")
                                || path.endsWith("/sample")
                        ? Api.getImage(path, token)
                        : path.endsWith(".csv") ? Api.getCsv(path, token) : Api.get(path, token);
            case "DELETE" ->
                path.startsWith("/nodes") ? Api.delete("/nodes/localhost:59990", token) : Api.delete(path, token);
            case "PUT" ->
                path.equals("/settings/logo")
                        ? Api.putPhoto(path, token, "image/png", new byte[16])
                        : path.equals("/settings")
                                ? Api.put(path, token, "{\"defaultRemakes\":2}")
                                : path.endsWith("/handled")
                                        ? Api.put(path, token, "{\"handled\":true}")
                                        : Api.put(path, token, "{\"headshotId\":" + headshot + "}");
            case "PATCH" -> Api.patch(path, token, "{\"name\":\"Renamed by another company\"}");
            case "POST" ->
                switch (path) {
                    case "/orders" ->
                        Api.post(
                                path,
                                token,
                                "{\"name\":\"Not ours\",\"department\":\"Sales\",\"deadline\":\""
                                        + LocalDate.now().plusDays(20) + "\"}");
                    case "/nodes" -> Api.post(path, token, "{\"address\":\"localhost:59990\"}");
                    case "/nodes/analyze" -> Api.postPhoto(path, token, "image/png", new byte[16]);
                    case "/me/selfies" -> Api.upload(path, token, "not-a-photo.png", "image/png", new byte[16]);
                    case "/me/consent" -> Api.post(path, token, "{\"version\":\"0\"}");
                    default ->
                        path.endsWith("/members")
                                ? Api.post(path, token, "{\"people\":[\"frank\"]}")
                                : Api.post(path, token, "");
                };
            default -> throw new AssertionError("No way to call " + method);
        };
    }

    private static void expect(List<String> failures, String call, String who, Api.Reply reply, int status) {
        if (reply.status() != status) {
            failures.add(call + " as " + who + ": expected " + status + ", got " + reply.status() + " " + reply.body());
        }
    }

    private static void expectNothingOfTheFirstCompany(
            List<String> failures, String call, String who, Api.Reply reply) {
        String body = reply.body();
        for (String trace : List.of("frank", "erin", "olivia", "headshots.example", "Sales, first company")) {
            if (body.contains(trace)) {
                failures.add(call + " as " + who + " shows '" + trace + "' of the first company: " + body);
            }
        }
    }

    private static long first(List<JsonObject> items, String what) {
        JsonValue id = items.isEmpty() ? null : items.get(0).get("id");
        if (id == null) {
            throw new AssertionError("No " + what + ": this test runs after the selfie and headshot tests");
        }
        return items.get(0).getJsonNumber("id").longValue();
    }
}
