package org.headshots.interfaces.web;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.headshots.interfaces.security.ReturnAfterSignIn;

/**
 * Where Keycloak sends people back after sign-in. Roles are only visible from the next request on,
 * so this redirects: to the page they asked for before signing in (an invitation's link), or home, which
 * sends each person to their own start page.
 */
@WebServlet("/callback")
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class CallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + ReturnAfterSignIn.take(request).orElse("/"));
    }
}
