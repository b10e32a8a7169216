package org.headshots.domain.roster;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What applying a roster would do, shown before anything changes: the rows (each department spelled as the
 * directory spells it), every row's problems, and per line whether applying creates, updates or skips the person.
 */
public record RosterPreview(List<RosterRow> rows, List<RosterProblem> problems, Map<Integer, RosterAction> actions) {

    public RosterPreview {
        rows = List.copyOf(rows);
        problems = problems.stream()
                .sorted(Comparator.comparingInt(RosterProblem::line))
                .toList();
        Map<Integer, RosterAction> byLine = new LinkedHashMap<>();
        for (RosterRow row : rows) {
            RosterAction action = Objects.requireNonNull(actions.get(row.line()), "no action for line " + row.line());
            if (byLine.put(row.line(), action) != null) {
                throw new IllegalArgumentException("Line " + row.line() + " is in the roster twice");
            }
        }
        if (byLine.size() != actions.size()) {
            throw new IllegalArgumentException("Every action is for a row of the roster");
        }
        Set<Integer> linesWithProblems =
                problems.stream().map(RosterProblem::line).collect(Collectors.toSet());
        for (Map.Entry<Integer, RosterAction> entry : byLine.entrySet()) {
            if (linesWithProblems.contains(entry.getKey()) != (entry.getValue() == RosterAction.SKIP)) {
                throw new IllegalArgumentException(
                        "Exactly the rows with problems are skipped: not line " + entry.getKey());
            }
        }
        if (!byLine.keySet().containsAll(linesWithProblems)) {
            throw new IllegalArgumentException("Every problem is of a row of the roster");
        }
        actions = Collections.unmodifiableMap(byLine);
    }

    /** Whether applying would take every row. */
    public boolean clean() {
        return problems.isEmpty();
    }

    public List<RosterProblem> problemsOf(int line) {
        return problemsIn(problems, line);
    }

    public RosterAction actionOf(int line) {
        RosterAction action = actions.get(line);
        if (action == null) {
            throw new IllegalArgumentException("The roster has no line " + line);
        }
        return action;
    }

    public long toCreate() {
        return count(RosterAction.CREATE);
    }

    public long toUpdate() {
        return count(RosterAction.UPDATE);
    }

    public long withProblems() {
        return count(RosterAction.SKIP);
    }

    private long count(RosterAction action) {
        return actions.values().stream().filter(action::equals).count();
    }

    private static List<RosterProblem> problemsIn(List<RosterProblem> problems, int line) {
        return problems.stream().filter(problem -> problem.line() == line).toList();
    }
}
