package org.headshots.interfaces.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.headshots.interfaces.rest.ApiError;

/**
 * The container's error page for every status it sends itself (a missing token, a page the role may not
 * see): JSON for the API, a readable page for people.
 */
@WebServlet("/error/status")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : response.getStatus();
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            writeJson(response, status);
        } else if (status == HttpServletResponse.SC_FORBIDDEN) {
            request.getRequestDispatcher("/error/forbidden.xhtml").forward(request, response);
        } else if (status == HttpServletResponse.SC_NOT_FOUND) {
            request.getRequestDispatcher("/error/not-found.xhtml").forward(request, response);
        } else {
            request.getRequestDispatcher("/error/failure.xhtml").forward(request, response);
        }
    }

    private static void writeJson(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", ApiError.BEARER_CHALLENGE);
        }
        response.setContentType("application/json;charset=UTF-8");
        try (PrintWriter out = response.getWriter()) {
            out.print(ApiError.forStatus(status).toJson());
        }
    }
}
