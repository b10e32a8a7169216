package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Order(1)
@ExtendWith(HeadshotsSystem.class)
class RestApiIT {

    /** What later test classes check again after a restart. */
    static volatile long completedSelfTest;

    static volatile String placedOrder;

    @ParameterizedTest(name = "GET {0} without a token")
    @CsvSource({"/nodes", "/orders", "/me/seats", "/jobs/1"})
    void everyCallNeedsAToken(String path) throws Exception {
        Api.Reply reply = Api.get(path, null);

        assertEquals(401, reply.status(), reply.body());
        assertEquals("UNAUTHORIZED", reply.object().getString("error"));
        assertFalse(reply.object().getString("message").isBlank());
    }

    @Test
    void theApiIsDescribedInAnOpenApiDocumentThatNeedsNoSignIn() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(HeadshotsSystem.APP + "/openapi"))
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(
                200,
                document.statusCode(),
                "no sign-in (a redirect to Keycloak): " + document.headers() + " " + document.body());
        JsonObject openApi =
                Json.createReader(new StringReader(document.body())).readObject();
        assertTrue(openApi.getString("openapi").startsWith("3."), openApi.getString("openapi"));
        assertEquals("Headshots API", openApi.getJsonObject("info").getString("title"));
        JsonObject paths = openApi.getJsonObject("paths");
        for (String path :
                List.of("/api/v1/orders", "/api/v1/orders/{id}/members", "/api/v1/me/selfies", "/api/v1/nodes")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        assertTrue(
                paths.getJsonObject("/api/v1/orders").containsKey("post"),
                paths.get("/api/v1/orders").toString());
        assertTrue(openApi.getJsonObject("components")
                .getJsonObject("securitySchemes")
                .containsKey("keycloak"));

        HttpResponse<String> yaml = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(HeadshotsSystem.APP + "/openapi"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.body().contains("/api/v1/orders:"), "YAML unless JSON is asked for");
    }

    @Test
    void aForgedTokenIsRefused() throws Exception {
        String forged = Api.token("ivan");
        forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "AAAA"
                + forged.substring(forged.lastIndexOf('.') + 5);

        Api.Reply reply = Api.get("/nodes", forged);

        assertEquals(401, reply.status(), reply.body());
        assertEquals("UNAUTHORIZED", reply.object().getString("error"));
    }

    @ParameterizedTest(name = "{0} may not {1} {2}")
    @CsvSource({
        "bob, GET, /nodes",
        "bob, POST, /nodes/self-test",
        "bob, POST, /nodes",
        "olivia, POST, /nodes",
        "bob, GET, /orders",
        "bob, POST, /orders",
        "ivan, GET, /orders",
        "olivia, GET, /nodes",
        "ivan, GET, /me/seats",
        "bob, GET, /jobs/1"
    })
    void callsOutsideTheRoleAreForbidden(String user, String method, String path) throws Exception {
        String token = Api.token(user);
        Api.Reply reply = method.equals("GET")
                ? Api.get(path, token)
                : Api.post(path, token, "{\"name\":\"x\",\"department\":\"Sales\",\"deadline\":\"2099-01-01\"}");

        assertEquals(403, reply.status(), reply.body());
        assertEquals("FORBIDDEN", reply.object().getString("error"));
    }

    @Test
    void itAdminSeesTheNodeUpWithItsRuntime() throws Exception {
        // right after start the node makes the style samples; idle once they are made
        StylePoolIT.awaitSamples(Api.token("olivia"), java.time.Duration.ofMinutes(4));
        Api.Reply reply = Api.get("/nodes", Api.token("ivan"));
        for (int wait = 0;
                wait < 30
                        && reply.status() == 200
                        && reply.json().asJsonArray().stream()
                                .anyMatch(node -> node.asJsonObject().getInt("queueLength") > 0);
                wait++) {
            Thread.sleep(1000);
            reply = Api.get("/nodes", Api.token("ivan"));
        }

        assertEquals(200, reply.status(), reply.body());
        JsonArray nodes = reply.json().asJsonArray();
        assertEquals(1, nodes.size(), reply.body());
        JsonObject node = nodes.getJsonObject(0);
        assertEquals(HeadshotsSystem.NODE, node.getString("address"));
        assertEquals("UP", node.getString("state"));
        assertTrue(node.getString("device").startsWith("CPU"), reply.body());
        assertEquals("CPU", node.getString("executionProvider"));
        assertTrue(node.getString("onnxRuntimeVersion").startsWith("1."), reply.body());
        assertTrue(node.getJsonArray("models").size() >= 7, reply.body());
        assertEquals(0, node.getInt("queueLength"));
        JsonObject pack = node.getJsonArray("packs").getJsonObject(0);
        assertEquals("starter", pack.getString("name"));
        assertTrue(pack.getBoolean("evaluationOnly"), reply.body());
        for (JsonObject model : node.getJsonArray("models").getValuesAs(JsonObject.class)) {
            assertTrue(
                    !model.getString("licence").isBlank()
                            && !model.getString("source").isBlank(),
                    model.toString());
        }
        assertTrue(node.getJsonArray("styles").size() >= 1, reply.body());
    }

    @Test
    void itAdminChecksAPhotoOnTheFleetAndBadPhotosAreRefusedReadably() throws Exception {
        byte[] astronaut = java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("../gpu-node/src/test/resources/photos/astronaut.png"));
        String token = Api.token("ivan");

        Api.Reply reply = Api.postPhoto("/nodes/analyze", token, "image/png", astronaut);
        assertEquals(200, reply.status(), reply.body());
        JsonObject analysis = reply.object();
        assertEquals(512, analysis.getInt("width"));
        assertEquals(1, analysis.getJsonArray("faces").size(), reply.body());
        assertTrue(analysis.getJsonNumber("workMillis").doubleValue() > 0, reply.body());

        Api.Reply damaged =
                Api.postPhoto("/nodes/analyze", token, "image/png", java.util.Arrays.copyOf(astronaut, 4000));
        assertEquals(422, damaged.status(), damaged.body());
        assertEquals("REQUEST_REJECTED", damaged.object().getString("error"));
        assertTrue(damaged.object().getString("message").contains("damaged"), damaged.body());

        // a small body: with a large one Payara answers 403 before reading it, and the client may see the
        // connection end before it has sent its body instead of the answer
        assertEquals(
                403,
                Api.postPhoto("/nodes/analyze", Api.token("bob"), "image/png", new byte[16])
                        .status());
    }

    @Test
    void itAdminAddsAndRemovesANodeWhileTheSystemRuns() throws Exception {
        String token = Api.token("ivan");
        Api.Reply added = Api.post("/nodes", token, "{\"address\":\"localhost:59997\"}");
        assertEquals(201, added.status(), added.body());
        JsonArray nodes = Api.get("/nodes", token).json().asJsonArray();
        assertEquals(2, nodes.size(), nodes.toString());
        assertEquals("DOWN", nodes.getJsonObject(1).getString("state"), nodes.toString());
        assertTrue(nodes.getJsonObject(1).getString("problem").contains("connection refused"), nodes.toString());

        assertEquals(
                403, Api.delete("/nodes/localhost:59997", Api.token("olivia")).status());
        assertEquals(204, Api.delete("/nodes/localhost:59997", token).status());
        assertEquals(1, Api.get("/nodes", token).json().asJsonArray().size());

        HeadshotsSystem.get()
                .launcher(
                        java.util.Map.of("HEADSHOTS_USER", "ivan", "HEADSHOTS_PASSWORD", "demo"),
                        Duration.ofSeconds(60),
                        "nodes",
                        "add",
                        "localhost:59996");
        assertEquals(2, Api.get("/nodes", token).json().asJsonArray().size());
        String list = HeadshotsSystem.get()
                .launcher(
                        java.util.Map.of("HEADSHOTS_USER", "ivan", "HEADSHOTS_PASSWORD", "demo"),
                        Duration.ofSeconds(60),
                        "nodes",
                        "list");
        assertTrue(
                java.util.regex.Pattern.compile("(?m)^ +" + java.util.regex.Pattern.quote(HeadshotsSystem.NODE)
                                + " +UP +queue \\d+ +\\S")
                        .matcher(list)
                        .find(),
                list);
        assertTrue(
                java.util.regex.Pattern.compile("(?m)^ +localhost:59996 +DOWN +queue 0 +.*connection refused")
                        .matcher(list)
                        .find(),
                list);
        HeadshotsSystem.get()
                .launcher(
                        java.util.Map.of("HEADSHOTS_USER", "ivan", "HEADSHOTS_PASSWORD", "demo"),
                        Duration.ofSeconds(60),
                        "nodes",
                        "remove",
                        "localhost:59996");
        assertEquals(1, Api.get("/nodes", token).json().asJsonArray().size());

        Api.Reply bad = Api.post("/nodes", token, "{\"address\":\"no-port\"}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.object().getString("message").contains("host:port"), bad.body());

        for (String refused : List.of("[::1:59995", "::1:59995", "gpu 3:59995", "a".repeat(3000) + ":59995")) {
            Api.Reply reply = Api.post("/nodes", token, "{\"address\":\"" + refused + "\"}");
            assertEquals(400, reply.status(), refused + " -> " + reply.body());
            assertTrue(reply.body().length() < 400, "the refusal does not repeat a long address: " + reply.body());
        }
        assertEquals(1, Api.get("/nodes", token).json().asJsonArray().size(), "a refused address adds nothing");

        Api.Reply ipv6 = Api.post("/nodes", token, "{\"address\":\"[::1]:59995\"}");
        assertEquals(201, ipv6.status(), ipv6.body());
        assertEquals("[::1]:59995", ipv6.object().getString("address"));
        assertEquals(2, Api.get("/nodes", token).json().asJsonArray().size());
        assertEquals(204, Api.delete("/nodes/%5B::1%5D:59995", token).status());
        assertEquals(1, Api.get("/nodes", token).json().asJsonArray().size());
    }

    @Test
    void theBearerSchemeIsReadWhateverItsCaseAndAnUnreadableTokenIsRefused() throws Exception {
        String token = Api.token("olivia");
        for (String scheme : List.of("Bearer", "bearer", "BEARER")) {
            Api.Reply signedIn = Api.getAuthorized("/orders", scheme + " " + token);
            assertEquals(200, signedIn.status(), scheme + ": " + signedIn.body());
            Api.Reply garbage = Api.getAuthorized("/orders", scheme + " garbage");
            assertEquals(401, garbage.status(), scheme + " garbage: " + garbage.body());
        }
    }

    @Test
    void selfTestRunsAsABatchJobToCompleted() throws Exception {
        String token = Api.token("ivan");
        Api.Reply started = Api.post("/nodes/self-test", token, "");
        assertEquals(202, started.status(), started.body());
        long jobId = started.object().getJsonNumber("jobId").longValue();
        assertEquals(
                HeadshotsSystem.APP + "/api/v1/jobs/" + jobId,
                started.raw().headers().firstValue("Location").orElse(""));

        JsonObject job = waitForEnd(jobId, token);

        assertEquals("COMPLETED", job.getString("status"), job.toString());
        assertNotNull(job.getString("startedAt"));
        assertNotNull(job.getString("endedAt"));
        assertTrue(job.getString("message").contains(HeadshotsSystem.NODE + " passed"), job.toString());
        completedSelfTest = jobId;
    }

    @Test
    void anUnknownJobIsNotFound() throws Exception {
        Api.Reply reply = Api.get("/jobs/987654321", Api.token("ivan"));

        assertEquals(404, reply.status(), reply.body());
        assertEquals("NOT_FOUND", reply.object().getString("error"));
    }

    /** What the Sales order asks for each person: small, so that the tests' generations are quick. */
    static final int HEADSHOTS_PER_PERSON = 12;

    @Test
    void anOrderWithTheBrandColourStyleButNoColourIsRefusedWithWhatToDo() throws Exception {
        Api.Reply refused = Api.post(
                "/orders",
                Api.token("olivia"),
                "{\"name\":\"Brand\",\"department\":\"Sales\"," + "\"deadline\":\""
                        + LocalDate.now().plusDays(30) + "\",\"styles\":[\"brand-colour\"]}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.object().getString("message").contains("brand colour"), refused.body());
    }

    @Test
    void orgAdminOrdersForADepartmentAndEveryMemberGetsASeat() throws Exception {
        String name = "Sales portraits " + System.nanoTime();
        String deadline = LocalDate.now().plusDays(30).toString();
        Api.Reply placed = Api.post(
                "/orders",
                Api.token("olivia"),
                "{\"name\":\"" + name + "\",\"department\":\"Sales\",\"deadline\":\"" + deadline + "\","
                        + "\"headshotsPerPerson\":" + HEADSHOTS_PER_PERSON
                        + ",\"styles\":[\"studio-grey\",\"office-blue\","
                        + "\"white-clean\"],\"remakesPerPerson\":1}");

        assertEquals(201, placed.status(), placed.body());
        assertEquals(HEADSHOTS_PER_PERSON, placed.object().getInt("headshotsPerPerson"), placed.body());
        assertEquals(3, placed.object().getInt("seats"), "olivia, erin and frank are in Sales: " + placed.body());
        assertEquals("Sales", placed.object().getString("department"));
        placedOrder = name;

        Api.Reply listed = Api.get("/orders", Api.token("olivia"));
        assertEquals(200, listed.status());
        JsonObject order = find(listed.json().asJsonArray(), "name", name);
        assertEquals(3, order.getInt("seats"));
        assertEquals(deadline, order.getString("deadline"));

        Api.Reply erinSeats = Api.get("/me/seats", Api.token("erin"));
        assertEquals(200, erinSeats.status(), erinSeats.body());
        JsonObject seat = find(erinSeats.json().asJsonArray(), "orderName", name);
        assertEquals("INVITED", seat.getString("status"));

        Api.Reply bobSeats = Api.get("/me/seats", Api.token("bob"));
        assertTrue(
                bobSeats.json().asJsonArray().stream()
                        .noneMatch(s -> s.asJsonObject().getString("orderName").equals(name)),
                "bob is not in Sales");
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Nobody's | Marketing | 2099-01-01 | UNKNOWN_DEPARTMENT | 422",
                "Too late | Sales | 2001-01-01 | INVALID_REQUEST | 400",
                "Bad date | Sales | next week | INVALID_REQUEST | 400",
                "'' | Sales | 2099-01-01 | INVALID_REQUEST | 400"
            })
    void badOrdersAreRefusedWithAReason(String name, String department, String deadline, String error, int status)
            throws Exception {
        Api.Reply reply = Api.post(
                "/orders",
                Api.token("olivia"),
                "{\"name\":\"" + name + "\",\"department\":\"" + department + "\",\"deadline\":\"" + deadline + "\"}");

        assertEquals(status, reply.status(), reply.body());
        assertEquals(error, reply.object().getString("error"));
        assertFalse(reply.object().getString("message").isBlank());
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        Api.Reply reply = Api.post("/orders", Api.token("olivia"), "{not json");

        assertEquals(400, reply.status(), reply.body());
        assertEquals("INVALID_JSON", reply.object().getString("error"));
    }

    static JsonObject waitForEnd(long jobId, String token) throws Exception {
        long until = System.currentTimeMillis() + 90_000;
        JsonObject job;
        do {
            Api.Reply reply = Api.get("/jobs/" + jobId, token);
            assertEquals(200, reply.status(), reply.body());
            job = reply.object();
            if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(job.getString("status"))) {
                return job;
            }
            Thread.sleep(500);
        } while (System.currentTimeMillis() < until);
        throw new AssertionError("Job " + jobId + " did not end: " + job);
    }

    private static JsonObject find(JsonArray array, String key, String value) {
        return array.stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> value.equals(o.getString(key, null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + key + "=" + value + " in " + array));
    }
}
