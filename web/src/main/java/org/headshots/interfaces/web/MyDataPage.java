package org.headshots.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.headshots.application.erasure.ErasedPerson;
import org.headshots.application.erasure.PersonalDataErasure;
import org.headshots.interfaces.security.CurrentUser;

/** Where an employee downloads all their data, or deletes it, after a confirmation. */
@Named
@ViewScoped
public class MyDataPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonalDataErasure erasure;

    @Inject
    CurrentUser user;

    private String summary;

    public void erase() {
        ErasedPerson erased = erasure.eraseOwn(user.username(), user.organisation());
        summary = "Deleted: " + erased.whatWasErased() + ".";
        Messages.info("Your data is deleted", "Sign out now; if you sign in again, you start afresh");
    }

    public boolean isErased() {
        return summary != null;
    }

    public String getSummary() {
        return summary;
    }
}
