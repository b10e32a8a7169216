package org.headshots.application.profile;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** A template the organisation cannot use as it stands, with what to change. */
public class ProfileTemplateRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public ProfileTemplateRefusedException(String message) {
        super(RefusalKind.UNACCEPTABLE, "PROFILE_TEMPLATE_REFUSED", message);
    }
}
