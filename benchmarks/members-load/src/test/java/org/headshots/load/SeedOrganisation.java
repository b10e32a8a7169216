package org.headshots.load;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seeds the demo's first organisation with a department "Bench" of N people, through Keycloak's admin API as
 * IT would (users, organisation membership, the organisation's group), and has its org admin (olivia) place a
 * draft order for it; writes the order's id to target/bench-order.txt for the load run. Running it again
 * adds whoever is missing and places another order.
 */
public final class SeedOrganisation {

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String KEYCLOAK = System.getProperty("headshots.keycloak", "http://localhost:8180");
    static final String APP = System.getProperty("headshots.app", "http://localhost:8080");
    static final String ADMIN = KEYCLOAK + "/admin/realms/headshots";
    static final String ORGANISATION = "headshots.example";
    private static final String DEPARTMENT = "Bench";

    private static volatile String adminToken;
    private static volatile Instant adminTokenAt = Instant.EPOCH;

    private SeedOrganisation() {}

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        long start = System.nanoTime();
        String organisation = find(get(ADMIN + "/organizations?max=100").asJsonArray(), "alias", ORGANISATION);
        String group = department(organisation);
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 1; i <= people; i++) {
            int number = i;
            work.add(pool.submit(() -> {
                seed(organisation, group, number);
                int n = done.incrementAndGet();
                if (n % 500 == 0) {
                    System.out.println(n + " people seeded");
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        System.out.printf(
                "%d people in %s/%s in %.1f s%n", people, ORGANISATION, DEPARTMENT, (System.nanoTime() - start) / 1e9);

        long orderStart = System.nanoTime();
        HttpResponse<String> order = HTTP.send(
                HttpRequest.newBuilder(URI.create(APP + "/api/v1/orders"))
                        .header("Authorization", "Bearer " + token("olivia"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"name\":\"Bench " + people + " " + System.currentTimeMillis()
                                        + "\",\"department\":\"" + DEPARTMENT + "\",\"deadline\":\""
                                        + LocalDate.now().plusDays(30)
                                        + "\",\"draft\":true}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (order.statusCode() != 201) {
            throw new IllegalStateException("The order was not placed: " + order.statusCode() + " " + order.body());
        }
        JsonObject placed = read(order.body()).asJsonObject();
        Path file = Path.of("target/bench-order.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Long.toString(placed.getJsonNumber("id").longValue()));
        System.out.printf(
                "order %d with %d seats placed in %.1f s; its id is in %s%n",
                placed.getJsonNumber("id").longValue(),
                placed.getInt("seats"),
                (System.nanoTime() - orderStart) / 1e9,
                file.toAbsolutePath());
    }

    private static void seed(String organisation, String group, int number) throws Exception {
        String username = String.format("bench%05d", number);
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(ADMIN + "/users"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("username", username)
                        .add("email", username + "@headshots.example")
                        .add("firstName", "Bench")
                        .add("lastName", "Person " + number)
                        .add("enabled", true)
                        .add("emailVerified", true)
                        .build()
                        .toString())));
        String id;
        if (created.statusCode() == 201) {
            String location = created.headers().firstValue("Location").orElseThrow();
            id = location.substring(location.lastIndexOf('/') + 1);
        } else if (created.statusCode() == 409) {
            id = get(ADMIN + "/users?exact=true&username=" + username)
                    .asJsonArray()
                    .getJsonObject(0)
                    .getString("id");
        } else {
            throw new IllegalStateException(username + " not created: " + created.statusCode() + " " + created.body());
        }
        HttpResponse<String> member =
                send(HttpRequest.newBuilder(URI.create(ADMIN + "/organizations/" + organisation + "/members"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("\"" + id + "\"")));
        if (member.statusCode() / 100 != 2 && member.statusCode() != 409) {
            throw new IllegalStateException(
                    username + " not made a member: " + member.statusCode() + " " + member.body());
        }
        HttpResponse<String> grouped = send(HttpRequest.newBuilder(
                        URI.create(ADMIN + "/organizations/" + organisation + "/groups/" + group + "/members/" + id))
                .PUT(HttpRequest.BodyPublishers.noBody()));
        if (grouped.statusCode() / 100 != 2 && grouped.statusCode() != 409) {
            throw new IllegalStateException(username + " not put into " + DEPARTMENT + ": " + grouped.statusCode());
        }
    }

    private static String department(String organisation) throws Exception {
        String groups = ADMIN + "/organizations/" + organisation + "/groups?max=1000";
        JsonArray existing = get(groups).asJsonArray();
        if (existing.stream().noneMatch(g -> g.asJsonObject().getString("name").equals(DEPARTMENT))) {
            HttpResponse<String> created =
                    send(HttpRequest.newBuilder(URI.create(ADMIN + "/organizations/" + organisation + "/groups"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + DEPARTMENT + "\"}")));
            if (created.statusCode() != 201) {
                throw new IllegalStateException("No department " + DEPARTMENT + ": " + created.body());
            }
            existing = get(groups).asJsonArray();
        }
        return find(existing, "name", DEPARTMENT);
    }

    static String find(JsonArray items, String key, String value) {
        return items.getValuesAs(JsonObject.class).stream()
                .filter(item -> value.equals(item.getString(key, null)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + key + " " + value))
                .getString("id");
    }

    static jakarta.json.JsonStructure get(String url) throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(url)).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
        }
        return read(response.body());
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(
                request.header("Authorization", "Bearer " + adminToken())
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The bootstrap admin's token (master realm), fetched anew every 30 s: it lives for a minute. */
    private static synchronized String adminToken() throws Exception {
        if (adminToken == null || Instant.now().isAfter(adminTokenAt.plusSeconds(30))) {
            Path secrets = Path.of(System.getProperty("headshots.work", "work"), "secrets.env");
            String user = secret(secrets, "HEADSHOTS_KEYCLOAK_ADMIN_USER");
            String password = secret(secrets, "HEADSHOTS_KEYCLOAK_ADMIN_PASSWORD");
            adminToken =
                    tokenFrom(KEYCLOAK + "/realms/master/protocol/openid-connect/token", "admin-cli", user, password);
            adminTokenAt = Instant.now();
        }
        return adminToken;
    }

    static String token(String username) throws Exception {
        return tokenFrom(
                KEYCLOAK + "/realms/headshots/protocol/openid-connect/token", "headshots-cli", username, "demo");
    }

    static String tokenFrom(String endpoint, String client, String username, String password) throws Exception {
        String form =
                "grant_type=password&client_id=" + client + "&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        return read(response.body()).asJsonObject().getString("access_token");
    }

    private static String secret(Path secrets, String name) throws Exception {
        return Files.readAllLines(secrets).stream()
                .filter(line -> line.startsWith(name + "="))
                .map(line -> line.substring(name.length() + 1))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not in " + secrets));
    }

    static jakarta.json.JsonStructure read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
