package org.headshots.application.run;

import jakarta.ejb.ApplicationException;

/** A remake that the order does not allow now; the message says why and what to do. */
@ApplicationException(rollback = true)
public class RemakeNotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RemakeNotAllowedException(String message) {
        super(message);
    }
}
