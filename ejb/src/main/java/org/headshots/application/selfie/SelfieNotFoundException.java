package org.headshots.application.selfie;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** No such selfie for this person: theirs does not exist, or it is someone else's (we do not say which). */
public class SelfieNotFoundException extends Refusal {

    private static final long serialVersionUID = 1L;

    public SelfieNotFoundException(long id) {
        super(RefusalKind.NOT_FOUND, "NOT_FOUND", "There is no selfie " + id + " of yours");
    }
}
