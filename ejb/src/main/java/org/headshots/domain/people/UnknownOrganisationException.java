package org.headshots.domain.people;

public class UnknownOrganisationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownOrganisationException(Organisation organisation) {
        super("Keycloak has no organisation with the alias '" + organisation.alias()
                + "': IT adds it in the realm's Organizations");
    }
}
