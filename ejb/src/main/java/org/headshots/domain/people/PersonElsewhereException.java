package org.headshots.domain.people;

/** The address already has an account that is not a member of the organisation: IT decides about it. */
public class PersonElsewhereException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PersonElsewhereException(Organisation organisation, String email) {
        super(email + " already has an account that is not a member of " + organisation.alias()
                + "; ask IT to add that account to the organisation, then pick the person by name");
    }
}
