package org.headshots.application.gallery;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** No such headshot for this person: it does not exist, or it is someone else's (we do not say which). */
public class HeadshotNotFoundException extends Refusal {

    private static final long serialVersionUID = 1L;

    public HeadshotNotFoundException(long id) {
        super(RefusalKind.NOT_FOUND, "NOT_FOUND", "There is no headshot " + id + " of yours");
    }
}
