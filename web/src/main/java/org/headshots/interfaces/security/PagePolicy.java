package org.headshots.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The pages' content policy, for PrimeFaces (web.xml's primefaces.CSP_POLICY), which adds each page's nonce. */
@Named("securityHeaders")
@ApplicationScoped
public class PagePolicy {

    public String getPagePolicy() {
        return SecurityHeadersFilter.PAGE_POLICY;
    }
}
