package org.headshots.application.join;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** No such join link of the order (or of the caller's organisation: we do not say which). */
public class JoinLinkNotFoundException extends Refusal {

    private static final long serialVersionUID = 1L;

    public JoinLinkNotFoundException(long id) {
        super(RefusalKind.NOT_FOUND, "NOT_FOUND", "There is no join link " + id + " of this order");
    }
}
