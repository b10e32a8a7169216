package org.headshots.interfaces.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.apache.commons.text.StringEscapeUtils;

/** A plain page, with no resource that would itself need sign-in, for when Keycloak cannot be reached. */
final class SignInUnavailablePage {

    private SignInUnavailablePage() {}

    static void write(HttpServletResponse response, String provider) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setContentType("text/html;charset=UTF-8");
        try (PrintWriter out = response.getWriter()) {
            out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Sign-in unavailable - Headshots</title>"
                    + "<style>body{font-family:sans-serif;max-width:40em;margin:4em auto;color:#333}"
                    + "h1{color:#b3261e}</style></head><body>"
                    + "<h1 id=\"signin-unavailable\">Sign-in is unavailable</h1>"
                    + "<p>Headshots cannot reach the company's sign-in service right now, so nobody can sign in."
                    + " Your photos and orders are safe.</p>"
                    + "<p>Try again in a few minutes. If this lasts, tell IT that the identity provider at <code>"
                    + StringEscapeUtils.escapeHtml4(provider) + "</code> does not answer.</p>"
                    + "<p><a href=\"\">Try again</a></p></body></html>");
        }
    }
}
