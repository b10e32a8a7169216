package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
        progress.send(
                response,
                user.username().value(),
                request.getParameter("progress"),
                Attachment.XLSX,
                () -> export.prepare(user.organisation(), order, user.username()));
    }
}
