package org.headshots.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.headshots.domain.order.Audience;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.DepartmentDirectory;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.UnknownPersonException;
import org.headshots.domain.people.Username;

/** Who an order's audience is now, as the directory lists the organisation's departments and members. */
@ApplicationScoped
public class AudienceMembers {

    @Inject
    DepartmentDirectory directory;

    /**
     * The members of the audience's departments and the people it picks by name, each once.
     *
     * @param strict whether a person picked by name who is not a member is refused ({@link UnknownPersonException})
     *               or left out (they left the organisation since)
     */
    public List<Employee> of(Organisation organisation, Audience audience, boolean strict) {
        Map<Username, Employee> members = new LinkedHashMap<>();
        for (String department : audience.departmentNames()) {
            directory
                    .membersOf(organisation, new Department(department))
                    .forEach(member -> members.putIfAbsent(member.username(), member));
        }
        List<Username> picked = audience.usernames().stream()
                .map(Username::new)
                .filter(person -> !members.containsKey(person))
                .toList();
        List<Employee> found = directory.people(organisation, picked);
        found.forEach(person -> members.putIfAbsent(person.username(), person));
        if (strict) {
            List<Username> unknown = picked.stream()
                    .filter(person -> !members.containsKey(person))
                    .toList();
            if (!unknown.isEmpty()) {
                throw new UnknownPersonException(organisation, unknown);
            }
        }
        return List.copyOf(members.values());
    }
}
