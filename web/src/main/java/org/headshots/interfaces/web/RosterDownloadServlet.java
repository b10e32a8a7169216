package org.headshots.interfaces.web;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.headshots.application.OrderNotFoundException;
import org.headshots.application.roster.RosterExport;
import org.headshots.interfaces.security.CurrentUser;

/**
 * The cockpit's roster download ({@code /admin/roster.xlsx?order=&progress=}): streamed while it is written, its
 * progress kept under the page's token for the page's progress bar.
 */
@WebServlet("/admin/roster.xlsx")
public class RosterDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    RosterExport export;

    @Inject
    DownloadProgress progress;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long order;
        try {
            order = Long.parseLong(request.getParameter("order"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "?order= is the number of the order");
            return;
        }
        String person = user.username().value();
        String token = request.getParameter("progress");
        RosterExport.Prepared roster;
        try {
            roster = export.prepare(user.organisation(), order, user.username());
        } catch (OrderNotFoundException | EJBException e) {
            if (e instanceof EJBException && !(e.getCause() instanceof OrderNotFoundException)) {
                throw e;
            }
            progress.finish(person, token, true);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(Attachment.XLSX);
        response.setHeader("Content-Disposition", Attachment.disposition(roster.fileName()));
        response.setHeader("Cache-Control", "no-store");
        progress.track(person, token, steps -> roster.writeTo(response.getOutputStream(), steps));
    }
}
