package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.headshots.interfaces.security.CurrentUser;

/**
 * {@code /admin/download-progress?token=}: how far the caller's own download under that token is, as
 * {"done", "total", "finished", "failed"}; 404 until it has started.
 */
@WebServlet("/admin/download-progress")
public class DownloadProgressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DownloadProgress progress;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var step = progress.of(user.username().value(), request.getParameter("token"));
        if (step.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .print(Json.createObjectBuilder()
                        .add("done", step.get().done())
                        .add("total", step.get().total())
                        .add("finished", step.get().finished())
                        .add("failed", step.get().failed())
                        .build());
    }
}
