package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.headshots.application.photos.PhotoSizes;
import org.headshots.application.photos.TeamPhotosZip;
import org.headshots.domain.people.Username;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.interfaces.security.CurrentUser;

/**
 * The cockpit's ZIP of the team's favourites ({@code /admin/photos.zip?order=&sizes=original,1024,profile&people=
 * &progress=}): streamed while it is built, its progress kept under the page's token.
 */
@WebServlet("/admin/photos.zip")
public class TeamPhotosDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamPhotosZip photos;

    @Inject
    DownloadProgress progress;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long order;
        PhotoSizes sizes;
        Set<Username> selection;
        try {
            order = Long.parseLong(request.getParameter("order"));
            sizes = PhotoSizes.parse(request.getParameter("sizes"));
            String[] people = request.getParameterValues("people");
            selection = TeamPhotosZip.selection(people == null ? List.of() : List.of(people));
        } catch (IllegalArgumentException | InvalidValueException e) {
            response.sendError(
                    HttpServletResponse.SC_BAD_REQUEST,
                    e instanceof NumberFormatException ? "?order= is the number of the order" : e.getMessage());
            return;
        }
        progress.send(
                response,
                user.username().value(),
                request.getParameter("progress"),
                Attachment.ZIP,
                () -> photos.prepare(user.organisation(), order, selection, sizes, user.username()));
    }
}
