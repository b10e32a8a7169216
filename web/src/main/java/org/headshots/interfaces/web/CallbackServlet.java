package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.headshots.application.SignInService;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.ReturnAfterSignIn;
import org.headshots.interfaces.security.SecurityConfiguration;

/**
 * Where Keycloak sends people back after sign-in. The sign-in is recorded (the cockpit shows who came), then,
 * as roles are only visible from the next request on, this redirects: to the page they asked for before signing
 * in (an invitation's link), or home, which sends each person to their own start page.
 */
@WebServlet(SecurityConfiguration.CALLBACK)
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class CallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CallbackServlet.class.getName());

    @Inject
    CurrentUser user;

    @Inject
    SignInService signIns;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        record();
        response.sendRedirect(
                request.getContextPath() + ReturnAfterSignIn.take(request).orElse("/"));
    }

    /** A person outside any organisation (IT) has no seats; a failure here never keeps anyone from signing in. */
    private void record() {
        try {
            if (user.isSignedIn() && user.isInAnOrganisation()) {
                signIns.signedIn(user.username(), user.organisation());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A sign-in was not recorded", e);
        }
    }
}
