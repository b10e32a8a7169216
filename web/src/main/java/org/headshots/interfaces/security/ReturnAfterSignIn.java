package org.headshots.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The page a person asked for before they were sent to sign in (the link of an invitation, say), so that the
 * sign-in callback takes them there rather than to their start page. Only the application's own pages.
 */
public final class ReturnAfterSignIn {

    private static final String KEY = ReturnAfterSignIn.class.getName();
    private static final Pattern PAGE = Pattern.compile("/(employee|admin|it)/[A-Za-z0-9/_-]+\\.xhtml");
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9=&_.-]{0,200}");

    private ReturnAfterSignIn() {}

    static void remember(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        if (PAGE.matcher(path).matches()
                && (query == null || QUERY.matcher(query).matches())) {
            request.getSession().setAttribute(KEY, query == null ? path : path + "?" + query);
        }
    }

    /** The remembered page, relative to the application, forgotten as it is read. */
    public static Optional<String> take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object page = session.getAttribute(KEY);
        session.removeAttribute(KEY);
        return Optional.ofNullable((String) page);
    }
}
