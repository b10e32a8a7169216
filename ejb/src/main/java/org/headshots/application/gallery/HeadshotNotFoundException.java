package org.headshots.application.gallery;

/** No such headshot for this person: it does not exist, or it is someone else's (we do not say which). */
public class HeadshotNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HeadshotNotFoundException(long id) {
        super("There is no headshot " + id + " of yours");
    }
}
