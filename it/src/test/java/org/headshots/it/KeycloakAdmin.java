package org.headshots.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** What IT does in Keycloak's admin console, through its admin API, as the bootstrap admin of this run. */
final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ADMIN = HeadshotsSystem.KEYCLOAK + "/admin/realms/headshots";

    private KeycloakAdmin() {}

    static JsonObject user(String username) throws Exception {
        JsonArray users = read(send(HttpRequest.newBuilder(URI.create(ADMIN + "/users?exact=true&username="
                                        + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                                .GET())
                        .body())
                .asJsonArray();
        return users.getJsonObject(0);
    }

    /** Sets a person's e-mail address as an admin can (people themselves cannot: the realm makes it read-only). */
    static void setEmail(String username, String email) throws Exception {
        JsonObject user = user(username);
        String body = Json.createObjectBuilder(user).add("email", email).build().toString();
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(ADMIN + "/users/" + user.getString("id")))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 204) {
            throw new IllegalStateException("Keycloak did not change the e-mail of " + username + ": "
                    + response.statusCode() + " " + response.body());
        }
    }

    /**
     * A new employee of an organisation, password {@code demo}, in no department: someone no other test has
     * touched.
     */
    static void createMember(String organisationAlias, String username) throws Exception {
        String user = Json.createObjectBuilder()
                .add("username", username)
                .add("email", username + "@" + organisationAlias)
                .add("firstName", "Test")
                .add("lastName", username)
                .add("enabled", true)
                .add("emailVerified", true)
                .add(
                        "credentials",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "password")
                                        .add("value", "demo")
                                        .add("temporary", false)))
                .build()
                .toString();
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(ADMIN + "/users"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user)));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak made no user " + username + ": " + created.body());
        }
        String id = user(username).getString("id");
        JsonObject employee = read(send(HttpRequest.newBuilder(URI.create(ADMIN + "/roles/employee"))
                                .GET())
                        .body())
                .asJsonObject();
        send(HttpRequest.newBuilder(URI.create(ADMIN + "/users/" + id + "/role-mappings/realm"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + employee + "]")));
        HttpResponse<String> member = send(HttpRequest.newBuilder(
                        URI.create(ADMIN + "/organizations/" + organisationId(organisationAlias) + "/members"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("\"" + id + "\"")));
        if (member.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak did not make " + username + " a member: " + member.body());
        }
    }

    private static String organisationId(String alias) throws Exception {
        return read(send(HttpRequest.newBuilder(URI.create(ADMIN + "/organizations?max=100"))
                                .GET())
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(org -> org.getString("alias").equals(alias))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no organisation " + alias))
                .getString("id");
    }

    /** Whether the realm has a user with this e-mail address. */
    static boolean exists(String email) throws Exception {
        return !read(send(HttpRequest.newBuilder(URI.create(ADMIN + "/users?exact=true&email="
                                        + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                                .GET())
                        .body())
                .asJsonArray()
                .isEmpty();
    }

    /** Puts a member of an organisation into one of its groups (a department), or takes them out. */
    static void setInOrganisationGroup(String organisationAlias, String groupName, String username, boolean in)
            throws Exception {
        String organisation = organisationId(organisationAlias);
        String group = read(send(HttpRequest.newBuilder(
                                        URI.create(ADMIN + "/organizations/" + organisation + "/groups?max=100"))
                                .GET())
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(g -> g.getString("name").equals(groupName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no group " + groupName))
                .getString("id");
        String member = ADMIN + "/organizations/" + organisation + "/groups/" + group + "/members/"
                + user(username).getString("id");
        HttpResponse<String> response = send(
                in
                        ? HttpRequest.newBuilder(URI.create(member)).PUT(HttpRequest.BodyPublishers.noBody())
                        : HttpRequest.newBuilder(URI.create(member)).DELETE());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak did not change the group of " + username + ": "
                    + response.statusCode() + " " + response.body());
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(
                request.header("Authorization", "Bearer " + token()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token() throws Exception {
        HeadshotsSystem system = HeadshotsSystem.get();
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(system.secret("HEADSHOTS_KEYCLOAK_ADMIN_USER"), StandardCharsets.UTF_8)
                + "&password="
                + URLEncoder.encode(system.secret("HEADSHOTS_KEYCLOAK_ADMIN_PASSWORD"), StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(
                                URI.create(HeadshotsSystem.KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No Keycloak admin token: " + response.body());
        }
        return read(response.body()).asJsonObject().getString("access_token");
    }

    private static jakarta.json.JsonStructure read(String json) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }
}
