package org.headshots.application.gallery;

import jakarta.ejb.ApplicationException;

/** The favourite cannot change: the order it belongs to has closed. */
@ApplicationException(rollback = true)
public class FavouriteLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FavouriteLockedException(String message) {
        super(message);
    }
}
