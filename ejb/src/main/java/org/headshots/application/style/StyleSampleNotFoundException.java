package org.headshots.application.style;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** The style has no sample picture (yet, or it is no style the fleet offers). */
public class StyleSampleNotFoundException extends Refusal {

    private static final long serialVersionUID = 1L;

    public StyleSampleNotFoundException(String style) {
        super(
                RefusalKind.NOT_FOUND,
                "NOT_FOUND",
                "No sample picture of the style '" + style + "' yet: samples are made once a GPU node offering it"
                        + " is up");
    }
}
