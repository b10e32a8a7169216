package org.headshots.infrastructure.directory;

import static org.headshots.infrastructure.directory.KeycloakAdminClient.encode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.DepartmentDirectory;
import org.headshots.domain.people.DirectoryUnavailableException;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.UnknownDepartmentException;
import org.headshots.domain.people.Username;

/**
 * Organisations are Keycloak Organizations (known by alias), departments are the organisation's groups and
 * sub-teams their sub-groups; members are read live through the Keycloak admin API with the directory
 * client's service account (client credentials), never from a copy kept here.
 */
@ApplicationScoped
public class KeycloakDirectory implements DepartmentDirectory {

    private static final int MAX_GROUPS = 2000;
    private static final int MAX_SEARCH = 200;

    @Inject
    KeycloakAdminClient admin;

    @Override
    public List<Department> departments(Organisation organisation) {
        String org = admin.organisationId(organisation);
        List<Department> departments = new ArrayList<>();
        for (Group group : groups(org)) {
            departments.add(group.department());
        }
        return departments;
    }

    @Override
    public List<Employee> membersOf(Organisation organisation, Department department) {
        String org = admin.organisationId(organisation);
        List<Group> all = groups(org);
        Group chosen = chosen(all, organisation, department);
        Map<String, Employee> members = new LinkedHashMap<>();
        for (Group group : all) {
            if (chosen.department().includes(group.department())) {
                for (JsonObject user : admin.pages(
                        path(org) + "/groups/" + encode(group.id()) + "/members?briefRepresentation=false")) {
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
        String org = admin.organisationId(organisation);
        return member(org, member)
                .map(user -> departmentsOf(org, departmentsById(org), user.getString("id")))
                .orElse(List.of());
    }

    @Override
    public List<Employee> people(Organisation organisation, java.util.Collection<Username> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        String org = admin.organisationId(organisation);
        Map<String, Department> byId = departmentsById(org);
        List<Employee> found = new ArrayList<>();
        for (Username wanted : new java.util.LinkedHashSet<>(usernames)) {
            member(org, wanted)
                    .filter(user -> user.getBoolean("enabled", true))
                    .ifPresent(user -> found.add(employee(
                            user,
                            departmentsOf(org, byId, user.getString("id")).stream()
                                    .findFirst()
                                    .orElse(null))));
        }
        return found;
    }

    /** The organisation's member with exactly this username. */
    private Optional<JsonObject> member(String org, Username username) {
        return admin
                .pages(path(org) + "/members?exact=true&briefRepresentation=false&search=" + encode(username.value()))
                .stream()
                .filter(user -> username.value().equals(text(user, "username")))
                .findFirst();
    }

    /** The departments and sub-teams a member (by Keycloak id) is in, as the organisation's groups name them. */
    private List<Department> departmentsOf(String org, Map<String, Department> byId, String userId) {
        return admin
                .getArray(path(org) + "/members/" + encode(userId) + "/groups")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(group -> byId.get(group.getString("id")))
                .filter(Objects::nonNull)
                .toList();
    }

    private Map<String, Department> departmentsById(String org) {
        Map<String, Department> byId = new LinkedHashMap<>();
        groups(org).forEach(group -> byId.put(group.id(), group.department()));
        return byId;
    }

    @Override
    public List<Employee> search(Organisation organisation, String text, int max) {
        String org = admin.organisationId(organisation);
        return admin
                .getArray(path(org) + "/members?briefRepresentation=false&search=" + encode(text.strip())
                        + "&first=0&max=" + Math.max(1, Math.min(max, MAX_SEARCH)))
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(user -> user.getBoolean("enabled", true))
                .map(user -> employee(user, null))
                .toList();
    }

    /** The id of the organisation's group that is the department or sub-team. */
    String groupId(Organisation organisation, Department department) {
        return chosen(groups(admin.organisationId(organisation)), organisation, department)
                .id();
    }

    private static Group chosen(List<Group> all, Organisation organisation, Department department) {
        return all.stream()
                .filter(group -> group.department().equals(department))
                .findFirst()
                .orElseThrow(() -> new UnknownDepartmentException(
                        organisation,
                        department,
                        all.stream().map(Group::department).toList()));
    }

    /** Every group of the organisation, departments first, each followed by its sub-teams. */
    private List<Group> groups(String org) {
        List<Group> groups = new ArrayList<>();
        for (JsonObject top : admin.pages(path(org) + "/groups?briefRepresentation=true")) {
            addWithTeams(org, new Group(top.getString("id"), new Department(top.getString("name"))), groups);
        }
        return groups;
    }

    private void addWithTeams(String org, Group group, List<Group> groups) {
        if (groups.size() >= MAX_GROUPS) {
            throw new DirectoryUnavailableException(
                    "The organisation has more than " + MAX_GROUPS
                            + " departments and sub-teams; Headshots reads at most that many",
                    null);
        }
        groups.add(group);
        for (JsonObject child :
                admin.pages(path(org) + "/groups/" + encode(group.id()) + "/children?briefRepresentation=true")) {
            addWithTeams(
                    org, new Group(child.getString("id"), group.department().team(child.getString("name"))), groups);
        }
    }

    /** The admin API path of an organisation, by its id. */
    static String path(String org) {
        return "/organizations/" + encode(org);
    }

    static Employee employee(JsonObject user, Department department) {
        return new Employee(
                new Username(user.getString("username")),
                text(user, "email"),
                (text(user, "firstName") + " " + text(user, "lastName")).strip(),
                department,
                attribute(user, TITLE));
    }

    /** The first value of a user attribute, when the representation has attributes. */
    static String attribute(JsonObject user, String name) {
        JsonValue attributes = user.get("attributes");
        if (attributes instanceof JsonObject values
                && values.get(name) instanceof jakarta.json.JsonArray list
                && !list.isEmpty()
                && list.get(0) instanceof JsonString first) {
            return first.getString();
        }
        return "";
    }

    /** The user attribute that holds a person's job title. */
    static final String TITLE = "title";

    static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonString string ? string.getString() : "";
    }

    private record Group(String id, Department department) {}
}
