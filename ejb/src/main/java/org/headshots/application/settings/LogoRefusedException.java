package org.headshots.application.settings;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** A logo that cannot be used: not a PNG or JPEG, damaged, too large; the message says what to send. */
public class LogoRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    /** @param kind too large, of a type not taken, or unacceptable (damaged or of the wrong size) */
    public LogoRefusedException(String message, RefusalKind kind) {
        super(kind, "LOGO_REFUSED", message);
    }
}
