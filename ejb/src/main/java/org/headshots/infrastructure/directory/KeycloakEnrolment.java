package org.headshots.infrastructure.directory;

import static org.headshots.infrastructure.directory.KeycloakAdminClient.encode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.DirectoryUnavailableException;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.MemberEnrolment;
import org.headshots.domain.people.NewMember;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.PersonElsewhereException;

/**
 * New people are Keycloak users with the employee role, made members of the organisation (and of a department's
 * group); Keycloak's own mail (execute-actions: verify the address, set a password) lets them in. A step that
 * fails after the account was made deletes it again, so nothing half-made stays behind.
 */
@ApplicationScoped
public class KeycloakEnrolment implements MemberEnrolment {

    /** The realm role that lets a person upload selfies and choose headshots. */
    static final String EMPLOYEE_ROLE = "employee";

    /** How long the link in Keycloak's mail works. */
    static final Duration LINK_LIFESPAN = Duration.ofDays(7);

    @Inject
    KeycloakAdminClient admin;

    @Inject
    KeycloakDirectory directory;

    @Inject
    @ConfigProperty(name = "headshots.oidc.client-id")
    String clientId;

    @Override
    public Employee enrol(Organisation organisation, NewMember person, String returnTo) {
        String org = admin.organisationId(organisation);
        Optional<String> group = person.department().map(department -> directory.groupId(organisation, department));
        Optional<JsonObject> existing = byEmail(person.email());
        if (existing.isPresent()) {
            if (!memberOf(org, existing.get().getString("id"))) {
                throw new PersonElsewhereException(organisation, person.email());
            }
            return KeycloakDirectory.employee(
                    existing.get(), person.department().orElse(null));
        }
        HttpResponse<String> created = admin.send(
                "POST",
                "/users",
                Json.createObjectBuilder()
                        .add("username", person.username().value())
                        .add("email", person.email())
                        .add("firstName", person.firstName())
                        .add("lastName", person.lastName())
                        .add("enabled", true)
                        .add("emailVerified", false)
                        .add(
                                "requiredActions",
                                Json.createArrayBuilder().add("VERIFY_EMAIL").add("UPDATE_PASSWORD"))
                        .build()
                        .toString());
        if (created.statusCode() == 409) {
            throw new PersonElsewhereException(organisation, person.email());
        }
        admin.expect(created, 201, "making an account for " + person.email());
        String location = created.headers()
                .firstValue("Location")
                .orElseThrow(() ->
                        new DirectoryUnavailableException("Keycloak made an account without saying where it is", null));
        String id = location.substring(location.lastIndexOf('/') + 1);
        try {
            succeeded(
                    admin.send(
                            "POST",
                            KeycloakDirectory.path(org) + "/members",
                            Json.createValue(id).toString()),
                    "making " + person.email() + " a member of " + organisation.alias());
            JsonObject employee = admin.getObject("/roles/" + encode(EMPLOYEE_ROLE));
            succeeded(
                    admin.send(
                            "POST",
                            "/users/" + encode(id) + "/role-mappings/realm",
                            Json.createArrayBuilder().add(employee).build().toString()),
                    "giving " + person.email() + " the role " + EMPLOYEE_ROLE);
            group.ifPresent(groupId -> succeeded(
                    admin.send(
                            "PUT",
                            KeycloakDirectory.path(org) + "/groups/" + encode(groupId) + "/members/" + encode(id),
                            null),
                    "putting " + person.email() + " in "
                            + person.department().map(Department::name).orElse("")));
            succeeded(
                    admin.send(
                            "PUT",
                            "/users/" + encode(id) + "/execute-actions-email?client_id="
                                    + encode(clientId) + "&redirect_uri=" + encode(returnTo) + "&lifespan="
                                    + LINK_LIFESPAN.toSeconds(),
                            "[\"VERIFY_EMAIL\",\"UPDATE_PASSWORD\"]"),
                    "mailing " + person.email() + " how to set a password (check the realm's SMTP settings)");
        } catch (RuntimeException e) {
            admin.send("DELETE", "/users/" + encode(id), null);
            throw e;
        }
        return new Employee(
                person.username(),
                person.email(),
                person.firstName() + " " + person.lastName(),
                person.department().orElse(null));
    }

    @Override
    public List<String> domains(Organisation organisation) {
        JsonObject org = admin.getObject(KeycloakDirectory.path(admin.organisationId(organisation)));
        return org.containsKey("domains")
                ? org.getJsonArray("domains").getValuesAs(JsonObject.class).stream()
                        .map(domain -> domain.getString("name").toLowerCase(java.util.Locale.ROOT))
                        .toList()
                : List.of();
    }

    /** The account with that address, with its attributes. */
    Optional<JsonObject> byEmail(String email) {
        return admin
                .getArray("/users?exact=true&briefRepresentation=false&email=" + encode(email))
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(user -> email.equalsIgnoreCase(KeycloakDirectory.text(user, "email")))
                .findFirst();
    }

    /** Whether the account is a member of the organisation (by its Keycloak id). */
    boolean memberOf(String org, String userId) {
        return admin
                .getArray("/organizations/members/" + encode(userId) + "/organizations")
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(candidate -> org.equals(candidate.getString("id")));
    }

    static void succeeded(HttpResponse<String> response, String doing) {
        if (response.statusCode() / 100 != 2) {
            throw new DirectoryUnavailableException(
                    "Keycloak answered " + response.statusCode() + " when " + doing + ": " + response.body(), null);
        }
    }
}
