package org.headshots.infrastructure.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headshots.domain.people.DirectoryUnavailableException;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.UnknownOrganisationException;

/**
 * The Keycloak admin API of the realm, as the directory client's service account (client credentials): reads
 * and changes of users, organisations and their groups. Every failure to reach or use it is a
 * {@link DirectoryUnavailableException} that says what IT checks.
 */
@ApplicationScoped
public class KeycloakAdminClient {

    private static final int PAGE = 200;

    private final HttpClient http;
    private final KeycloakDirectorySettings settings;
    private final Map<Organisation, String> organisationIds = new ConcurrentHashMap<>();
    private volatile AccessToken token;

    @Inject
    public KeycloakAdminClient(
            @ConfigProperty(name = "headshots.keycloak.url") String keycloakUrl,
            @ConfigProperty(name = "headshots.keycloak.realm") String realm,
            @ConfigProperty(name = "headshots.directory.client-id") String clientId,
            @ConfigProperty(name = "headshots.directory.client-secret", defaultValue = "") String clientSecret,
            @ConfigProperty(name = "headshots.directory.timeout-seconds", defaultValue = "10") int timeoutSeconds) {
        this(new KeycloakDirectorySettings(
                keycloakUrl, realm, clientId, clientSecret, Duration.ofSeconds(timeoutSeconds)));
    }

    public KeycloakAdminClient(KeycloakDirectorySettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    protected KeycloakAdminClient() {
        this.settings = null;
        this.http = null;
    }

    /** The organisation's id in Keycloak, by its alias (which Keycloak never changes, so it is kept). */
    public String organisationId(Organisation organisation) {
        String known = organisationIds.get(organisation);
        if (known != null) {
            return known;
        }
        for (JsonObject org : pages("/organizations?briefRepresentation=true")) {
            organisationIds.put(new Organisation(org.getString("alias")), org.getString("id"));
        }
        String id = organisationIds.get(organisation);
        if (id == null) {
            throw new UnknownOrganisationException(organisation);
        }
        return id;
    }

    /** Every element of a paged admin API list. */
    public List<JsonObject> pages(String adminPath) {
        String separator = adminPath.contains("?") ? "&" : "?";
        List<JsonObject> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            JsonArray page = getArray(adminPath + separator + "first=" + first + "&max=" + PAGE);
            all.addAll(page.getValuesAs(JsonObject.class));
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    public JsonArray getArray(String adminPath) {
        return read(expect(send("GET", adminPath, null), 200, "reading the directory"))
                .asJsonArray();
    }

    public JsonObject getObject(String adminPath) {
        return read(expect(send("GET", adminPath, null), 200, "reading the directory"))
                .asJsonObject();
    }

    /**
     * Sends a request with a JSON body (none when null) and gives the answer as it is; only a refused service
     * account (401, 403) or an unreachable Keycloak is thrown.
     */
    public HttpResponse<String> send(String method, String adminPath, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.adminBase() + adminPath))
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + accessToken())
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method,
                json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            token = null;
            throw new DirectoryUnavailableException(
                    "Keycloak refused the directory service account ("
                            + response.statusCode() + "): give client '" + settings.clientId()
                            + "' the realm-management roles view-users, query-users, query-groups, manage-users and"
                            + " manage-realm (Keycloak's Organizations API asks for manage-realm)",
                    null);
        }
        return response;
    }

    /** The response when it has the expected status; otherwise the directory is unavailable for {@code doing}. */
    public HttpResponse<String> expect(HttpResponse<String> response, int status, String doing) {
        if (response.statusCode() != status) {
            throw new DirectoryUnavailableException(
                    "Keycloak answered " + response.statusCode() + " when " + doing, null);
        }
        return response;
    }

    public static JsonStructure read(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String accessToken() {
        AccessToken current = token;
        if (current != null && current.validAt(Instant.now())) {
            return current.value();
        }
        if (settings.clientSecret().isBlank()) {
            throw new DirectoryUnavailableException(
                    "The directory client secret is not configured" + " (set HEADSHOTS_DIRECTORY_CLIENT_SECRET)", null);
        }
        String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId()) + "&client_secret="
                + encode(settings.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.tokenEndpoint()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new DirectoryUnavailableException(
                    "Keycloak refused the directory client's credentials (" + response.statusCode()
                            + "): check client '" + settings.clientId() + "' and its secret",
                    null);
        }
        JsonObject body = read(response).asJsonObject();
        AccessToken fresh = new AccessToken(
                body.getString("access_token"),
                Instant.now().plusSeconds(Math.max(0, body.getInt("expires_in", 60) - 15)));
        token = fresh;
        return fresh.value();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DirectoryUnavailableException(
                    "Keycloak at " + settings.keycloakUrl() + " cannot be reached to read the directory (" + describe(e)
                            + ")",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailableException("Interrupted while reading the directory", e);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private record AccessToken(String value, Instant expiresAt) {
        boolean validAt(Instant now) {
            return now.isBefore(expiresAt);
        }
    }
}
