package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.headshots.application.gallery.GalleryService;
import org.headshots.application.gallery.HeadshotNotFoundException;
import org.headshots.application.gallery.ImageSize;
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
        long id;
        ImageSize size;
        try {
            id = Long.parseLong(request.getParameter("id"));
            size = ImageSize.parse(request.getParameter("size"));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        byte[] jpeg;
        try {
            jpeg = gallery.image(user.username(), id, size);
        } catch (HeadshotNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof HeadshotNotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "private, max-age=300");
        if ("1".equals(request.getParameter("download"))) {
            response.setHeader("Content-Disposition", "attachment; filename=\"headshot-" + id + "-"
                    + size.name().toLowerCase(java.util.Locale.ROOT) + ".jpg\"");
        }
        response.setContentLength(jpeg.length);
        response.getOutputStream().write(jpeg);
    }
}
