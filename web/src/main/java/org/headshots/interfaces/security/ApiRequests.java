package org.headshots.interfaces.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Whether a request is a call of the API: under /api/, also when the container answers it with an error page. */
public final class ApiRequests {

    private ApiRequests() {}

    public static boolean isApi(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = request.getDispatcherType() == DispatcherType.ERROR && failed != null
                ? failed.toString()
                : request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/api/");
    }
}
