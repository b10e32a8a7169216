package org.headshots.domain.order;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.Username;

/**
 * Whom an order is for: departments or sub-teams (each with its sub-teams), and people picked by name. Their
 * members, as the directory lists them, hold the order's seats. A new order is for somebody ({@link #of}); one
 * picked by name can be left for nobody when everyone it picked is taken out.
 */
public record Audience(Set<Department> departments, Set<Username> people) {

    public static final int MAX_DEPARTMENTS = 50;
    public static final int MAX_PEOPLE = 5000;

    public Audience {
        departments = Set.copyOf(new LinkedHashSet<>(Objects.requireNonNull(departments, "departments")));
        people = Set.copyOf(new LinkedHashSet<>(Objects.requireNonNull(people, "people")));
        if (departments.size() > MAX_DEPARTMENTS) {
            throw new InvalidOrderException("An order is for at most " + MAX_DEPARTMENTS + " departments, not "
                    + departments.size() + "; order for their parent department instead");
        }
        if (people.size() > MAX_PEOPLE) {
            throw new InvalidOrderException("At most " + MAX_PEOPLE + " people are picked by name, not " + people.size()
                    + "; order for their departments instead");
        }
    }

    public static Audience of(Department department) {
        return new Audience(Set.of(department), Set.of());
    }

    /** Departments and people as given for a new order (either may be null or empty, not both). */
    public static Audience of(Collection<Department> departments, Collection<Username> people) {
        Audience audience = new Audience(
                departments == null ? Set.of() : new LinkedHashSet<>(departments),
                people == null ? Set.of() : new LinkedHashSet<>(people));
        if (audience.isEmpty()) {
            throw new InvalidOrderException("An order is for at least one department or one person");
        }
        return audience;
    }

    /** Nobody: what an order picked by name is for once everyone it picked was taken out. */
    public boolean isEmpty() {
        return departments.isEmpty() && people.isEmpty();
    }

    /** The same audience with these people picked by name too. */
    public Audience with(Collection<Username> more) {
        Set<Username> all = new LinkedHashSet<>(people);
        all.addAll(more);
        return new Audience(departments, all);
    }

    /** The departments by name, sorted. */
    public List<String> departmentNames() {
        return departments.stream().map(Department::name).sorted().toList();
    }

    /** The people picked by name, sorted. */
    public List<String> usernames() {
        return people.stream().map(Username::value).sorted().toList();
    }

    /** In words, at most {@code maxLength} characters: "Design, Sales and 2 people". */
    public String describe(int maxLength) {
        List<String> parts = new ArrayList<>(departmentNames());
        String text = String.join(", ", parts);
        if (!people.isEmpty()) {
            String picked = people.size() == 1 ? usernames().get(0) : people.size() + " people";
            text = text.isEmpty() ? picked : text + " and " + picked;
        }
        return text.length() <= maxLength ? text : text.substring(0, maxLength - 1) + "…";
    }
}
