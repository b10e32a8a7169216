package org.headshots.domain.roster;

/** What applying a roster does with one row. */
public enum RosterAction {
    /** A new account in this organisation. */
    CREATE,
    /** The person's department, title and any given names change. */
    UPDATE,
    /** Nothing: the row has problems. */
    SKIP
}
