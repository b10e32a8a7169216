package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.headshots.application.selfie.SelfieNotFoundException;
import org.headshots.application.selfie.SelfieService;
import org.headshots.interfaces.security.CurrentUser;

/** The signed-in employee's own selfie thumbnails, for the upload page ({@code /employee/*} needs the role). */
@WebServlet("/employee/selfie-thumbnail")
public class SelfieThumbnailServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SelfieService selfies;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        byte[] jpeg;
        try {
            jpeg = selfies.thumbnail(user.username(), id);
        } catch (SelfieNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof SelfieNotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setContentLength(jpeg.length);
        response.getOutputStream().write(jpeg);
    }
}
