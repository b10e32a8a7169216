package org.headshots.application.profile;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** A profile picture is made from a favourite headshot, and there is none to make it from yet. */
public class NoFavouriteYetException extends Refusal {

    private static final long serialVersionUID = 1L;

    public NoFavouriteYetException(String message) {
        super(RefusalKind.NOT_FOUND, "NO_FAVOURITE_YET", message);
    }
}
