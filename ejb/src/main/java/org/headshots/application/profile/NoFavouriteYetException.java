package org.headshots.application.profile;

/** A profile picture is made from a favourite headshot, and there is none to make it from yet. */
public class NoFavouriteYetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoFavouriteYetException(String message) {
        super(message);
    }
}
