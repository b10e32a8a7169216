package org.headshots.domain.roster;

/** Where the directory knows a person's address from. */
public enum Whereabouts {
    IN_THIS_ORGANISATION,
    ELSEWHERE,
    NOT_IN_DIRECTORY
}
