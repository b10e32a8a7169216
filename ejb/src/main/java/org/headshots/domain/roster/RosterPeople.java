package org.headshots.domain.roster;

import org.headshots.domain.people.Employee;
import org.headshots.domain.people.Organisation;

/** The directory as a roster import sees it: where an address is, and a person made as their row says. */
public interface RosterPeople {

    /** What applying one row did to the directory. */
    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** The person of a row after it was applied, and what that took. */
    record Applied(Employee person, Outcome outcome) {}

    Whereabouts whereabouts(Organisation organisation, String email);

    /**
     * Makes the directory say what the row says: an account for a new person (member of the organisation and of
     * the department, with the title, mailed a link to set a password that leads to {@code returnTo}), or, for a
     * member, the names and title the row gives and membership of its department. Nothing changes for a member
     * the directory already has as the row says.
     */
    Applied apply(Organisation organisation, RosterRow row, String returnTo);
}
