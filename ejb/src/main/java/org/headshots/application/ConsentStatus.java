package org.headshots.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.headshots.domain.consent.Consent;
import org.headshots.domain.consent.ConsentText;

/** The consent text a person is shown now, and whether and when they accepted it. */
public record ConsentStatus(String version, String text, boolean accepted, LocalDateTime acceptedAt)
        implements Serializable {

    static ConsentStatus notAccepted(ConsentText text) {
        return new ConsentStatus(text.version(), text.text(), false, null);
    }

    static ConsentStatus accepted(ConsentText text, Consent consent) {
        return new ConsentStatus(text.version(), text.text(), true, consent.acceptedAt());
    }
}
