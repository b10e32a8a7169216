package org.headshots.application.selfie;

/** No such selfie for this person: theirs does not exist, or it is someone else's (we do not say which). */
public class SelfieNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SelfieNotFoundException(long id) {
        super("There is no selfie " + id + " of yours");
    }
}
