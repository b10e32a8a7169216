package org.headshots.application.gallery;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** The favourite cannot change: the order it belongs to has closed. */
public class FavouriteLockedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public FavouriteLockedException(String message) {
        super(RefusalKind.CONFLICT, "ORDER_CLOSED", message);
    }
}
