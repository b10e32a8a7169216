package org.headshots.application.run;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** No such run, or not one the caller may see: both answer the same, so ids reveal nothing. */
public class RunNotFoundException extends Refusal {

    private static final long serialVersionUID = 1L;

    public RunNotFoundException(long id) {
        super(RefusalKind.NOT_FOUND, "NOT_FOUND", "There is no headshot run " + id);
    }
}
