package org.headshots.interfaces.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every page, image and API answer carries, error pages included: no framing by other sites, no
 * content sniffing, no address sent to other sites, and a content policy. Pages may run only this server's
 * script files and the inline scripts the page itself wrote this time (PrimeFaces adds their nonce to the
 * policy, which then replaces the one set here), connect only back here (the progress sockets), and load
 * nothing from elsewhere; API answers and files may do nothing at all.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** script-src comes last: PrimeFaces appends the page's nonce to the policy. */
    public static final String PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'none'; script-src 'self'";

    private static final String POLICY = "Content-Security-Policy";
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(POLICY, ApiRequests.isApi(request) ? DATA_POLICY : PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        boolean webSocket = "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
        chain.doFilter(request, webSocket ? response : new OnePolicy(response));
    }

    /** A policy added later (a page's, with its nonce) replaces the one set here instead of adding a second. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
