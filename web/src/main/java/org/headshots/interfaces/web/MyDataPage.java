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
        summary = "Deleted: " + count(erased.selfies(), "selfie") + ", " + count(erased.headshots(), "headshot")
                + ", your face data, " + count(erased.seats(), "seat") + " in your organisation's orders, "
                + count(erased.consents(), "consent record") + ", " + count(erased.signIns(), "sign-in record")
                + " and " + count(erased.mails(), "mail") + ".";
        Messages.info("Your data is deleted", "Sign out now; if you sign in again, you start afresh");
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    public boolean isErased() {
        return summary != null;
    }

    public String getSummary() {
        return summary;
    }
}
