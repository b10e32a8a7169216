package org.headshots.infrastructure.directory;

import static org.headshots.infrastructure.directory.KeycloakAdminClient.encode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.NewMember;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.roster.RosterPeople;
import org.headshots.domain.roster.RosterRow;
import org.headshots.domain.roster.Whereabouts;

/**
 * A roster's rows in Keycloak: new people through the enrolment (account, organisation, department, Keycloak's
 * mail), members brought to what their row says (names, the {@code title} attribute, their department's group),
 * each only when it differs, so the same file applied twice changes nothing the second time.
 */
@ApplicationScoped
public class KeycloakRosterPeople implements RosterPeople {

    @Inject
    KeycloakAdminClient admin;

    @Inject
    KeycloakDirectory directory;

    @Inject
    KeycloakEnrolment enrolment;

    @Override
    public Whereabouts whereabouts(Organisation organisation, String email) {
        Optional<JsonObject> user = enrolment.byEmail(email);
        if (user.isEmpty()) {
            return Whereabouts.NOT_IN_DIRECTORY;
        }
        return enrolment.memberOf(admin.organisationId(organisation), user.get().getString("id"))
                ? Whereabouts.IN_THIS_ORGANISATION
                : Whereabouts.ELSEWHERE;
    }

    @Override
    public Applied apply(Organisation organisation, RosterRow row, String returnTo) {
        Optional<Department> department =
                row.department().isEmpty() ? Optional.empty() : Optional.of(new Department(row.department()));
        Optional<JsonObject> existing = enrolment.byEmail(row.email());
        if (existing.isEmpty()) {
            Employee made = enrolment.enrol(
                    organisation, new NewMember(row.email(), row.firstName(), row.lastName(), department), returnTo);
            if (!row.title().isEmpty()) {
                enrolment.byEmail(row.email()).ifPresent(user -> update(user, row));
            }
            return new Applied(
                    new Employee(made.username(), made.email(), made.displayName(), made.department(), row.title()),
                    Outcome.CREATED);
        }
        JsonObject user = existing.get();
        boolean changed = differs(user, row) && update(user, row);
        Username username = new Username(user.getString("username"));
        if (department.isPresent()
                && directory.departmentsOf(organisation, username).stream().noneMatch(department.get()::equals)) {
            String org = admin.organisationId(organisation);
            KeycloakEnrolment.succeeded(
                    admin.send(
                            "PUT",
                            KeycloakDirectory.path(org) + "/groups/"
                                    + encode(directory.groupId(organisation, department.get())) + "/members/"
                                    + encode(user.getString("id")),
                            null),
                    "putting " + row.email() + " in " + row.department());
            changed = true;
        }
        JsonObject now = changed ? admin.getObject("/users/" + encode(user.getString("id"))) : user;
        return new Applied(
                KeycloakDirectory.employee(now, department.orElse(null)),
                changed ? Outcome.UPDATED : Outcome.UNCHANGED);
    }

    /** Whether the row gives names or a title the account does not have; empty cells leave things as they are. */
    private static boolean differs(JsonObject user, RosterRow row) {
        return !row.firstName().isEmpty() && !row.firstName().equals(KeycloakDirectory.text(user, "firstName"))
                || !row.lastName().isEmpty() && !row.lastName().equals(KeycloakDirectory.text(user, "lastName"))
                || !row.title().isEmpty()
                        && !row.title().equals(KeycloakDirectory.attribute(user, KeycloakDirectory.TITLE));
    }

    private boolean update(JsonObject user, RosterRow row) {
        String id = user.getString("id");
        JsonObject full = admin.getObject("/users/" + encode(id));
        JsonObjectBuilder changed = Json.createObjectBuilder(full);
        if (!row.firstName().isEmpty()) {
            changed.add("firstName", row.firstName());
        }
        if (!row.lastName().isEmpty()) {
            changed.add("lastName", row.lastName());
        }
        if (!row.title().isEmpty()) {
            JsonObjectBuilder attributes = full.containsKey("attributes")
                    ? Json.createObjectBuilder(full.getJsonObject("attributes"))
                    : Json.createObjectBuilder();
            changed.add(
                    "attributes",
                    attributes.add(
                            KeycloakDirectory.TITLE, Json.createArrayBuilder().add(row.title())));
        }
        KeycloakEnrolment.succeeded(
                admin.send("PUT", "/users/" + encode(id), changed.build().toString()),
                "updating " + row.email() + " as the roster says");
        return true;
    }
}
