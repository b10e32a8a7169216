package org.headshots.application;

import org.headshots.domain.people.Username;
import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/**
 * Refuses work on a person's photos or face data because they have not accepted the current consent text
 * (or have withdrawn it). The caller tells them to read and accept it first.
 */
public class ConsentRequiredException extends Refusal {

    private static final long serialVersionUID = 1L;

    /** Where a person reads and accepts the consent text. */
    public static final String CONSENT_PAGE = "/employee/consent.xhtml";

    private final String currentVersion;

    public ConsentRequiredException(Username person, String currentVersion) {
        super(
                RefusalKind.FORBIDDEN,
                "CONSENT_REQUIRED",
                person + " has not accepted the consent for photos and"
                        + " face data (version " + currentVersion + ") yet. Read it and accept it on " + CONSENT_PAGE
                        + " (or GET, then POST /api/v1/me/consent), then try again.");
        this.currentVersion = currentVersion;
    }

    public String currentVersion() {
        return currentVersion;
    }
}
