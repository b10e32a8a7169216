package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.headshots.application.gallery.GalleryService;
import org.headshots.application.gallery.ImageSize;
import org.headshots.application.selfie.SelfieService;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.interfaces.security.CurrentUser;

/**
 * The org admin's view of their people's pictures ({@code /admin/*} needs the role): selfie thumbnails
 * ({@code /admin/team-image?kind=selfie&id=}) and headshots ({@code kind=headshot&size=}), of the admin's own
 * organisation only; every view is audited.
 */
@WebServlet("/admin/team-image")
public class TeamImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    GalleryService gallery;

    @Inject
    SelfieService selfies;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("selfie".equals(request.getParameter("kind"))) {
            JpegReplies.serve(
                    request, response, id -> selfies.thumbnailForAdmin(user.username(), user.organisation(), id), null);
            return;
        }
        ImageSize size;
        try {
            size = ImageSize.parse(request.getParameter("size"));
        } catch (IllegalArgumentException | InvalidValueException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        JpegReplies.serve(
                request, response, id -> gallery.imageForAdmin(user.username(), user.organisation(), id, size), null);
    }
}
