package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
        JpegReplies.serve(request, response, id -> selfies.thumbnail(user.username(), id), null);
    }
}
