package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.headshots.application.gallery.GalleryService;
import org.headshots.application.gallery.ImageSize;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.interfaces.security.CurrentUser;

/**
 * The signed-in employee's own headshots for the gallery page: {@code id}, {@code size} (original, 1024,
 * 400 or 320) and, to save it as a file, {@code download=1}. Another person's headshot is not found.
 */
@WebServlet("/employee/headshot-image")
public class HeadshotImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    GalleryService gallery;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ImageSize size;
        try {
            size = ImageSize.parse(request.getParameter("size"));
        } catch (IllegalArgumentException | InvalidValueException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        boolean download = "1".equals(request.getParameter("download"));
        JpegReplies.serve(
                request,
                response,
                id -> gallery.image(user.username(), id, size),
                download
                        ? "headshot-" + request.getParameter("id") + "-"
                                + size.name().toLowerCase(java.util.Locale.ROOT) + ".jpg"
                        : null);
    }
}
