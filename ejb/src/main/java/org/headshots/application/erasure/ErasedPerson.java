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

    /** What was taken away, in words, for the person who asked: "2 selfies, 1 headshot, … and 3 mails". */
    public String whatWasErased() {
        return count(selfies, "selfie") + ", " + count(headshots, "headshot") + ", "
                + count(faceProfiles, "face profile") + ", " + count(runs, "run") + ", " + count(seats, "seat")
                + ", " + count(consents, "consent record") + ", " + count(signIns, "sign-in record") + " and "
                + count(mails, "mail");
    }

    /** For the audit trail: what was erased and the alias its events now carry; no name in it. */
    public String describe() {
        return whatWasErased() + " erased; " + count(auditEventsPseudonymised, "audit event") + " now say " + alias;
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
