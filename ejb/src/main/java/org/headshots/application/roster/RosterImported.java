package org.headshots.application.roster;

/** What applying a roster did: people created, updated or left as they were in the directory, and new seats. */
public record RosterImported(int created, int updated, int unchanged, int seated) {

    public String summary() {
        return created + " created, " + updated + " updated, " + unchanged + " unchanged, " + seated + " seated";
    }
}
