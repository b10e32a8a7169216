package org.headshots.interfaces.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** A page's answer for an id the caller may not see: 404, the same as for one that does not exist. */
final class NotFound {

    private NotFound() {}

    static void answer(String what) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "There is no such " + what);
        faces.responseComplete();
    }
}
