package org.headshots.domain.audit;

import java.time.LocalDate;
import org.headshots.domain.refusal.InvalidValueException;

/**
 * Which audit events of an organisation to show: about a person (as actor or in the subject), of one action,
 * between two days (inclusive), newest first, a page of them.
 */
public record AuditQuery(String person, String action, LocalDate from, LocalDate to, int first, int max) {

    public static final int MAX_PAGE = 1000;

    public AuditQuery {
        person = person == null || person.isBlank() ? null : person.strip();
        action = action == null || action.isBlank() ? null : action.strip();
        if (person != null && person.length() > 255 || action != null && action.length() > 64) {
            throw new InvalidValueException("A person is at most 255 characters, an action at most 64");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("The last day " + to + " is before the first day " + from);
        }
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new InvalidValueException("A page starts at 0 or later and has 1 to " + MAX_PAGE + " events");
        }
    }
}
