package org.headshots.domain.roster;

import static org.headshots.domain.roster.RosterProblem.DEPARTMENT;
import static org.headshots.domain.roster.RosterProblem.EMAIL;
import static org.headshots.domain.roster.RosterProblem.FIRST_NAME;
import static org.headshots.domain.roster.RosterProblem.LAST_NAME;
import static org.headshots.domain.roster.RosterProblem.TITLE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.NewMember;
import org.headshots.domain.refusal.InvalidValueException;

/**
 * Finds every problem of a roster before anything changes: addresses that are missing, malformed, outside the
 * organisation's domains, given twice or of another organisation's people; departments the organisation does not
 * have; names a new account lacks; titles that do not fit.
 */
public class RosterCheck {

    public static final int MAX_TITLE = 100;
    private static final int DEPARTMENTS_NAMED = 20;
    // Stand-ins that pass NewMember's rules, so that each of its checks can be asked about one value alone.
    private static final String SOME_ADDRESS = "someone@example.com";
    private static final String SOME_NAME = "Someone";

    private final List<String> domains;
    private final Map<String, String> departments = new TreeMap<>();
    private final Function<String, Whereabouts> whereabouts;

    /**
     * @param domains the organisation's e-mail domains
     * @param departments its departments and sub-teams, as the directory spells them
     * @param whereabouts where the directory finds a lower-cased address
     */
    public RosterCheck(
            List<String> domains, Collection<String> departments, Function<String, Whereabouts> whereabouts) {
        this.domains = domains.stream()
                .map(domain -> domain.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        departments.forEach(name -> this.departments.putIfAbsent(key(name), name.strip()));
        this.whereabouts = Objects.requireNonNull(whereabouts, "whereabouts");
    }

    public RosterPreview check(List<RosterRow> rows) {
        Map<String, Integer> firstLines = new HashMap<>();
        Map<String, Whereabouts> found = new HashMap<>();
        List<RosterRow> checked = new ArrayList<>();
        List<RosterProblem> problems = new ArrayList<>();
        Map<Integer, RosterAction> actions = new LinkedHashMap<>();
        for (RosterRow row : rows) {
            List<RosterProblem> own = new ArrayList<>();
            Optional<String> address = address(row, own);
            Optional<Whereabouts> where = address.map(known -> found.computeIfAbsent(known, this::lookUp));
            address.ifPresent(known -> {
                domain(row, known, own);
                Integer earlier = firstLines.putIfAbsent(known, row.line());
                if (earlier != null) {
                    own.add(new RosterProblem(
                            row.line(), EMAIL, "The same address is on line " + earlier + " already"));
                }
                if (where.get() == Whereabouts.ELSEWHERE) {
                    own.add(new RosterProblem(
                            row.line(),
                            EMAIL,
                            known + " belongs to another organisation;" + " their admin or IT can move them"));
                }
            });
            boolean newAccount =
                    where.filter(Whereabouts.NOT_IN_DIRECTORY::equals).isPresent();
            name(
                    row.line(),
                    FIRST_NAME,
                    row.firstName(),
                    newAccount,
                    () -> new NewMember(SOME_ADDRESS, row.firstName(), SOME_NAME, Optional.empty()),
                    own);
            name(
                    row.line(),
                    LAST_NAME,
                    row.lastName(),
                    newAccount,
                    () -> new NewMember(SOME_ADDRESS, SOME_NAME, row.lastName(), Optional.empty()),
                    own);
            String department = department(row, own);
            title(row, own);
            actions.put(
                    row.line(),
                    !own.isEmpty() ? RosterAction.SKIP : newAccount ? RosterAction.CREATE : RosterAction.UPDATE);
            checked.add(row.withDepartment(department));
            problems.addAll(own);
        }
        return new RosterPreview(checked, problems, actions);
    }

    /** The row's address as the directory keeps it, if it is one. */
    private static Optional<String> address(RosterRow row, List<RosterProblem> problems) {
        if (row.email().isEmpty()) {
            problems.add(new RosterProblem(row.line(), EMAIL, "The e-mail address is missing"));
            return Optional.empty();
        }
        try {
            return Optional.of(new NewMember(row.email(), SOME_NAME, SOME_NAME, Optional.empty()).email());
        } catch (InvalidValueException e) {
            problems.add(new RosterProblem(row.line(), EMAIL, e.getMessage()));
            return Optional.empty();
        }
    }

    private void domain(RosterRow row, String address, List<RosterProblem> problems) {
        if (!domains.contains(address.substring(address.indexOf('@') + 1))) {
            problems.add(new RosterProblem(
                    row.line(),
                    EMAIL,
                    domains.isEmpty()
                            ? "'" + row.email() + "' cannot join: the organisation has no e-mail domains yet"
                            : "'" + row.email() + "' is not at " + either(domains)));
        }
    }

    private Whereabouts lookUp(String address) {
        return Objects.requireNonNull(whereabouts.apply(address), "the directory did not say where " + address + " is");
    }

    private static void name(
            int line,
            String column,
            String name,
            boolean required,
            Supplier<NewMember> member,
            List<RosterProblem> problems) {
        if (name.isEmpty()) {
            if (required) {
                problems.add(new RosterProblem(
                        line,
                        column,
                        "The " + column.toLowerCase(Locale.ROOT) + " is missing; a new account needs one"));
            }
            return;
        }
        try {
            member.get();
        } catch (InvalidValueException e) {
            problems.add(new RosterProblem(line, column, e.getMessage()));
        }
    }

    /** The department as the directory spells it; as written when it has none such. */
    private String department(RosterRow row, List<RosterProblem> problems) {
        if (row.department().isEmpty()) {
            return "";
        }
        String known = departments.get(key(row.department()));
        if (known != null) {
            return known;
        }
        problems.add(new RosterProblem(
                row.line(), DEPARTMENT, "There is no department '" + row.department() + "'; " + departmentsNamed()));
        return row.department();
    }

    private String departmentsNamed() {
        if (departments.isEmpty()) {
            return "the organisation has no departments yet, so leave the column empty";
        }
        List<String> names = new ArrayList<>(departments.values());
        if (names.size() <= DEPARTMENTS_NAMED) {
            return "the departments are " + String.join(", ", names);
        }
        return "the departments are " + String.join(", ", names.subList(0, DEPARTMENTS_NAMED)) + " and "
                + (names.size() - DEPARTMENTS_NAMED) + " more";
    }

    private static void title(RosterRow row, List<RosterProblem> problems) {
        if (row.title().length() > MAX_TITLE) {
            problems.add(new RosterProblem(
                    row.line(),
                    TITLE,
                    "The title has " + row.title().length() + " characters; shorten it to at most " + MAX_TITLE));
        }
        if (row.title().chars().anyMatch(Character::isISOControl)) {
            problems.add(new RosterProblem(
                    row.line(),
                    TITLE,
                    "The title contains a line break, tab or other" + " control character; remove it"));
        }
    }

    private static String key(String department) {
        String name;
        try {
            name = new Department(department).name();
        } catch (InvalidValueException e) {
            name = department.strip();
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static String either(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
