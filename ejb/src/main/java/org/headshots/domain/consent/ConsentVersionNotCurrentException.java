package org.headshots.domain.consent;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** Someone tried to agree to a consent text other than the one shown now, e.g. from a page opened long ago. */
public class ConsentVersionNotCurrentException extends Refusal {

    private static final long serialVersionUID = 1L;

    private final String currentVersion;

    public ConsentVersionNotCurrentException(String refusedVersion, String currentVersion) {
        super(
                RefusalKind.INVALID,
                "CONSENT_VERSION_NOT_CURRENT",
                (refusedVersion == null || refusedVersion.isBlank()
                                ? "No consent version was given"
                                : "Version '" + refusedVersion + "' is not the current consent text")
                        + ": the current version is " + currentVersion + ". Read that text and accept it.");
        this.currentVersion = currentVersion;
    }

    public String currentVersion() {
        return currentVersion;
    }
}
