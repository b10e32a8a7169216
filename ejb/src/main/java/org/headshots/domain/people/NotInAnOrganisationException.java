package org.headshots.domain.people;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** The caller belongs to no organisation (or to several), so there is no tenant whose data they could see. */
public class NotInAnOrganisationException extends Refusal {

    private static final long serialVersionUID = 1L;

    public NotInAnOrganisationException(String message) {
        super(RefusalKind.FORBIDDEN, "NO_ORGANISATION", message);
    }
}
