package org.headshots.interfaces.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.headshots.interfaces.rest.ApiError;
import org.headshots.interfaces.rest.DatabaseUnreachable;
import org.headshots.interfaces.rest.Incident;
import org.headshots.interfaces.security.ApiRequests;

/**
 * The container's error page for every status it sends itself (a missing token, a page the role may not
 * see, a method an address does not take) and for every exception nothing else caught: JSON for the API, a
 * readable page for people. An exception is logged with its stack trace under an incident id, which is all the
 * answer says of it.
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
        boolean api = ApiRequests.isApi(request);
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (thrown instanceof Throwable failure && expired(failure) && !response.isCommitted()) {
            // a page whose saved state is gone (the session ended, or the form's state was altered): load it again
            String query = request.getQueryString();
            response.sendRedirect(uri + (query == null ? "" : "?" + query));
            return;
        }
        if (thrown instanceof Throwable failure && DatabaseUnreachable.caused(failure)) {
            ApiError away = DatabaseUnreachable.answer(uri);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Integer.toString(DatabaseUnreachable.RETRY_AFTER_SECONDS));
            if (api) {
                writeJson(response, away);
            } else {
                request.setAttribute("unavailable", away.message());
                request.getRequestDispatcher("/error/failure.xhtml").forward(request, response);
            }
            return;
        }
        if (thrown instanceof Throwable failure) {
            String incident = Incident.log(uri, failure);
            if (api) {
                response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                writeJson(response, Incident.answer(incident));
                return;
            }
            request.setAttribute("incident", incident);
        }
        if (api) {
            response.setStatus(status);
            writeJson(response, ApiError.forStatus(status));
        } else if (status == HttpServletResponse.SC_FORBIDDEN) {
            request.getRequestDispatcher("/error/forbidden.xhtml").forward(request, response);
        } else if (status == HttpServletResponse.SC_NOT_FOUND) {
            request.getRequestDispatcher("/error/not-found.xhtml").forward(request, response);
        } else if (status < 500) {
            request.setAttribute("status", status);
            request.getRequestDispatcher("/error/refused.xhtml").forward(request, response);
        } else {
            request.getRequestDispatcher("/error/failure.xhtml").forward(request, response);
        }
    }

    private static boolean expired(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static void writeJson(HttpServletResponse response, ApiError error) throws IOException {
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", ApiError.BEARER_CHALLENGE);
        }
        response.setContentType("application/json;charset=UTF-8");
        try (PrintWriter out = response.getWriter()) {
            out.print(error.toJson());
        }
    }
}
