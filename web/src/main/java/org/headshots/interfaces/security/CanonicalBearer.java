package org.headshots.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;

/**
 * A request whose {@code Authorization: bearer …} header reads {@code Bearer …}, as the bearer-token mechanism
 * expects: the scheme's name is case-insensitive, and a client that writes it in lower case is not refused for it.
 */
final class CanonicalBearer extends HttpServletRequestWrapper {

    private static final String HEADER = "Authorization";
    private static final String SCHEME = "Bearer ";

    CanonicalBearer(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getHeader(String name) {
        String value = super.getHeader(name);
        return HEADER.equalsIgnoreCase(name) && value != null ? canonical(value) : value;
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (!HEADER.equalsIgnoreCase(name)) {
            return super.getHeaders(name);
        }
        String value = getHeader(name);
        return value == null ? Collections.emptyEnumeration() : Collections.enumeration(java.util.List.of(value));
    }

    private static String canonical(String value) {
        return value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? SCHEME + value.substring(SCHEME.length()).strip()
                : value;
    }
}
