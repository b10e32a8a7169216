package org.headshots.domain.order;

import java.util.Objects;
import java.util.Set;

/**
 * Which members of an order to show, and how: a search over name, e-mail, user name and department, the
 * states to show (none: all), the order, and the page.
 */
public record MemberQuery(String search, Set<MemberState> states, Sort sort, boolean ascending, int first, int max) {

    public static final int MAX_PAGE = 500;
    public static final int MAX_SEARCH = 100;

    public enum Sort {
        NAME("displayName"),
        EMAIL("email"),
        DEPARTMENT("department"),
        STATE("state");

        private final String field;

        Sort(String field) {
            this.field = field;
        }

        /** The seat's attribute it sorts by. */
        public String field() {
            return field;
        }
    }

    public MemberQuery {
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > MAX_SEARCH) {
            throw new InvalidOrderException("A search has at most " + MAX_SEARCH + " characters");
        }
        states = states == null ? Set.of() : Set.copyOf(states);
        sort = Objects.requireNonNullElse(sort, Sort.NAME);
        if (first < 0) {
            throw new InvalidOrderException("The first row is 0 or more, not " + first);
        }
        if (max < 1 || max > MAX_PAGE) {
            throw new InvalidOrderException("A page has 1 to " + MAX_PAGE + " rows, not " + max);
        }
    }

    /** Everyone, by name, a first page. */
    public static MemberQuery all() {
        return new MemberQuery(null, Set.of(), Sort.NAME, true, 0, 50);
    }
}
