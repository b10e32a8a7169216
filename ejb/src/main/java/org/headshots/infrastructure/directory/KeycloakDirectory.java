package org.headshots.infrastructure.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.DepartmentDirectory;
import org.headshots.domain.people.DirectoryUnavailableException;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.UnknownDepartmentException;
import org.headshots.domain.people.Username;

/**
 * Departments are Keycloak groups; members are read live through the Keycloak admin API with the
 * directory client's service account (client credentials), never from a copy kept here.
 */
@ApplicationScoped
public class KeycloakDirectory implements DepartmentDirectory {

    private static final int PAGE = 200;

    private final HttpClient http;
    private final KeycloakDirectorySettings settings;
    private volatile AccessToken token;

    @Inject
    public KeycloakDirectory(
            @ConfigProperty(name = "headshots.keycloak.url") String keycloakUrl,
            @ConfigProperty(name = "headshots.keycloak.realm") String realm,
            @ConfigProperty(name = "headshots.directory.client-id") String clientId,
            @ConfigProperty(name = "headshots.directory.client-secret", defaultValue = "") String clientSecret,
            @ConfigProperty(name = "headshots.directory.timeout-seconds", defaultValue = "10") int timeoutSeconds) {
        this(new KeycloakDirectorySettings(keycloakUrl, realm, clientId, clientSecret,
                Duration.ofSeconds(timeoutSeconds)));
    }

    public KeycloakDirectory(KeycloakDirectorySettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    protected KeycloakDirectory() {
        this.settings = null;
        this.http = null;
    }

    @Override
    public List<Department> departments() {
        List<Department> departments = new ArrayList<>();
        for (JsonValue group : topLevelGroups()) {
            departments.add(new Department(group.asJsonObject().getString("name")));
        }
        return departments;
    }

    @Override
    public List<Employee> membersOf(Department department) {
        String groupId = topLevelGroups().stream()
                .map(JsonValue::asJsonObject)
                .filter(group -> group.getString("name").equals(department.name()))
                .map(group -> group.getString("id"))
                .findFirst()
                .orElseThrow(() -> new UnknownDepartmentException(department));
        List<Employee> members = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            JsonArray page = getArray("/groups/" + encode(groupId) + "/members?briefRepresentation=true&first="
                    + first + "&max=" + PAGE);
            for (JsonValue value : page) {
                JsonObject user = value.asJsonObject();
                if (user.getBoolean("enabled", true)) {
                    members.add(new Employee(new Username(user.getString("username")), text(user, "email"),
                            (text(user, "firstName") + " " + text(user, "lastName")).strip()));
                }
            }
            if (page.size() < PAGE) {
                return members;
            }
        }
    }

    private List<JsonValue> topLevelGroups() {
        return getArray("/groups?briefRepresentation=true&max=1000");
    }

    private JsonArray getArray(String adminPath) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.adminBase() + adminPath))
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + accessToken())
                .header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            token = null;
            throw new DirectoryUnavailableException("Keycloak refused the directory service account ("
                    + response.statusCode() + "): give client '" + settings.clientId()
                    + "' the realm-management roles view-users, query-users and query-groups", null);
        }
        if (response.statusCode() != 200) {
            throw new DirectoryUnavailableException("Keycloak answered " + response.statusCode()
                    + " when reading the directory", null);
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private String accessToken() {
        AccessToken current = token;
        if (current != null && current.validAt(Instant.now())) {
            return current.value();
        }
        if (settings.clientSecret().isBlank()) {
            throw new DirectoryUnavailableException("The directory client secret is not configured"
                    + " (set HEADSHOTS_DIRECTORY_CLIENT_SECRET)", null);
        }
        String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId())
                + "&client_secret=" + encode(settings.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.tokenEndpoint()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new DirectoryUnavailableException("Keycloak refused the directory client's credentials ("
                    + response.statusCode() + "): check client '" + settings.clientId() + "' and its secret", null);
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject body = reader.readObject();
            AccessToken fresh = new AccessToken(body.getString("access_token"),
                    Instant.now().plusSeconds(Math.max(0, body.getInt("expires_in", 60) - 15)));
            token = fresh;
            return fresh.value();
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DirectoryUnavailableException("Keycloak at " + settings.keycloakUrl()
                    + " cannot be reached to read the directory (" + describe(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailableException("Interrupted while reading the directory", e);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonString string ? string.getString() : "";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record AccessToken(String value, Instant expiresAt) {
        boolean validAt(Instant now) {
            return now.isBefore(expiresAt);
        }
    }
}
