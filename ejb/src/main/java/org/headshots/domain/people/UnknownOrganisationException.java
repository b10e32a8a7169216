package org.headshots.domain.people;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

public class UnknownOrganisationException extends Refusal {

    private static final long serialVersionUID = 1L;

    public UnknownOrganisationException(Organisation organisation) {
        super(
                RefusalKind.UNAVAILABLE,
                "UNKNOWN_ORGANISATION",
                "Keycloak has no organisation with the alias '" + organisation.alias()
                        + "': IT adds it in the realm's Organizations");
    }
}
