package org.headshots.domain.people;

/** The caller belongs to no organisation (or to several), so there is no tenant whose data they could see. */
public class NotInAnOrganisationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotInAnOrganisationException(String message) {
        super(message);
    }
}
