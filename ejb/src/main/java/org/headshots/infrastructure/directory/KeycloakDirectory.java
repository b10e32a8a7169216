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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.DepartmentDirectory;
import org.headshots.domain.people.DirectoryUnavailableException;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.UnknownDepartmentException;
import org.headshots.domain.people.UnknownOrganisationException;
import org.headshots.domain.people.Username;

/**
 * Organisations are Keycloak Organizations (known by alias), departments are the organisation's groups and
 * sub-teams their sub-groups; members are read live through the Keycloak admin API with the directory
 * client's service account (client credentials), never from a copy kept here.
 */
@ApplicationScoped
public class KeycloakDirectory implements DepartmentDirectory {

    private static final int PAGE = 200;
    private static final int MAX_GROUPS = 2000;

    private final HttpClient http;
    private final KeycloakDirectorySettings settings;
    private final Map<Organisation, String> organisationIds = new ConcurrentHashMap<>();
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
    public List<Department> departments(Organisation organisation) {
        String org = organisationId(organisation);
        List<Department> departments = new ArrayList<>();
        for (Group group : groups(org)) {
            departments.add(group.department());
        }
        return departments;
    }

    @Override
    public List<Employee> membersOf(Organisation organisation, Department department) {
        String org = organisationId(organisation);
        List<Group> all = groups(org);
        Group chosen = all.stream().filter(group -> group.department().equals(department)).findFirst()
                .orElseThrow(() -> new UnknownDepartmentException(organisation, department,
                        all.stream().map(Group::department).toList()));
        Map<String, Employee> members = new LinkedHashMap<>();
        for (Group group : all) {
            if (chosen.department().includes(group.department())) {
                for (JsonObject user : pages("/organizations/" + encode(org) + "/groups/" + encode(group.id())
                        + "/members?briefRepresentation=true")) {
                    if (user.getBoolean("enabled", true)) {
                        Employee employee = employee(user, group.department());
                        members.putIfAbsent(employee.username().value(), employee);
                    }
                }
            }
        }
        return List.copyOf(members.values());
    }

    @Override
    public List<Department> departmentsOf(Organisation organisation, Username member) {
        String org = organisationId(organisation);
        List<JsonObject> users = pages("/organizations/" + encode(org) + "/members?exact=true&search="
                + encode(member.value()));
        Optional<String> userId = users.stream().filter(user -> member.value().equals(text(user, "username")))
                .map(user -> user.getString("id")).findFirst();
        if (userId.isEmpty()) {
            return List.of();
        }
        Map<String, Department> byId = new LinkedHashMap<>();
        groups(org).forEach(group -> byId.put(group.id(), group.department()));
        return getArray("/organizations/" + encode(org) + "/members/" + encode(userId.get()) + "/groups")
                .getValuesAs(JsonObject.class).stream()
                .map(group -> byId.get(group.getString("id"))).filter(Objects::nonNull).toList();
    }

    @Override
    public List<Employee> people(Organisation organisation, java.util.Collection<Username> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        String org = organisationId(organisation);
        Map<String, Department> byId = new LinkedHashMap<>();
        groups(org).forEach(group -> byId.put(group.id(), group.department()));
        List<Employee> found = new ArrayList<>();
        for (Username wanted : new java.util.LinkedHashSet<>(usernames)) {
            Optional<JsonObject> user = getArray("/organizations/" + encode(org) + "/members?exact=true&search="
                    + encode(wanted.value()) + "&first=0&max=5").getValuesAs(JsonObject.class).stream()
                    .filter(candidate -> wanted.value().equals(text(candidate, "username"))
                            && candidate.getBoolean("enabled", true)).findFirst();
            user.ifPresent(member -> found.add(employee(member, getArray("/organizations/" + encode(org)
                    + "/members/" + encode(member.getString("id")) + "/groups").getValuesAs(JsonObject.class)
                    .stream().map(group -> byId.get(group.getString("id"))).filter(Objects::nonNull)
                    .findFirst().orElse(null))));
        }
        return found;
    }

    @Override
    public List<Employee> search(Organisation organisation, String text, int max) {
        String org = organisationId(organisation);
        return getArray("/organizations/" + encode(org) + "/members?search=" + encode(text.strip())
                + "&first=0&max=" + Math.max(1, Math.min(max, PAGE))).getValuesAs(JsonObject.class).stream()
                .filter(user -> user.getBoolean("enabled", true)).map(user -> employee(user, null)).toList();
    }

    /** The organisation's id in Keycloak, by its alias (which Keycloak never changes, so it is kept). */
    private String organisationId(Organisation organisation) {
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

    /** Every group of the organisation, departments first, each followed by its sub-teams. */
    private List<Group> groups(String org) {
        List<Group> groups = new ArrayList<>();
        for (JsonObject top : pages("/organizations/" + encode(org) + "/groups?briefRepresentation=true")) {
            addWithTeams(org, new Group(top.getString("id"), new Department(top.getString("name"))), groups);
        }
        return groups;
    }

    private void addWithTeams(String org, Group group, List<Group> groups) {
        if (groups.size() >= MAX_GROUPS) {
            throw new DirectoryUnavailableException("The organisation has more than " + MAX_GROUPS
                    + " departments and sub-teams; Headshots reads at most that many", null);
        }
        groups.add(group);
        for (JsonObject child : pages("/organizations/" + encode(org) + "/groups/" + encode(group.id())
                + "/children?briefRepresentation=true")) {
            addWithTeams(org, new Group(child.getString("id"), group.department().team(child.getString("name"))),
                    groups);
        }
    }

    /** Every element of a paged admin API list. */
    private List<JsonObject> pages(String adminPath) {
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

    private static Employee employee(JsonObject user, Department department) {
        return new Employee(new Username(user.getString("username")), text(user, "email"),
                (text(user, "firstName") + " " + text(user, "lastName")).strip(), department);
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
                    + "' the realm-management roles view-users, query-users, query-groups and manage-realm"
                    + " (Keycloak's Organizations API asks for manage-realm)", null);
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

    private record Group(String id, Department department) {
    }

    private record AccessToken(String value, Instant expiresAt) {
        boolean validAt(Instant now) {
            return now.isBefore(expiresAt);
        }
    }
}
