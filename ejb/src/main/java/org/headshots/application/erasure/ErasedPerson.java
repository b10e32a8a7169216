package org.headshots.application.erasure;

/** What an erasure took away of one person, counted; the alias is the only name their audit events keep. */
public record ErasedPerson(
        String alias,
        int selfies,
        int headshots,
        int faceProfiles,
        int runs,
        int seats,
        int consents,
        int signIns,
        int mails,
        int auditEventsPseudonymised) {

    /** In words, for the audit trail and the person who asked: no name in it. */
    public String describe() {
        return selfies + " selfies, " + headshots + " headshots, " + faceProfiles + " face profiles, " + runs
                + " runs, " + seats + " seats, " + consents + " consents, " + signIns + " sign-in records and "
                + mails + " mails erased; " + auditEventsPseudonymised + " audit events now say " + alias;
    }
}
