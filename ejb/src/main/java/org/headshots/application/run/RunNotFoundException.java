package org.headshots.application.run;

import jakarta.ejb.ApplicationException;

/** No such run, or not one the caller may see: both answer the same, so ids reveal nothing. */
@ApplicationException(rollback = true)
public class RunNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunNotFoundException(long id) {
        super("There is no headshot run " + id);
    }
}
