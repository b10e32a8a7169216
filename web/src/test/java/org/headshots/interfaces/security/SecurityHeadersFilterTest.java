package org.headshots.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private static final String POLICY = "Content-Security-Policy";

    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final AtomicReference<ServletResponse> passedOn = new AtomicReference<>();
    private final FilterChain chain = (request, answer) -> passedOn.set(answer);

    private HttpServletRequest request(String uri, String upgrade) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRequestURI()).thenReturn(uri);
        when(request.getContextPath()).thenReturn("");
        when(request.getDispatcherType()).thenReturn(DispatcherType.REQUEST);
        when(request.getHeader("Upgrade")).thenReturn(upgrade);
        return request;
    }

    @Test
    void aPagesOwnPolicyWithItsNonceReplacesTheDefaultInsteadOfAddingASecond() throws Exception {
        // Java's HTTP client asks every plaintext request to upgrade to HTTP/2: a page all the same
        new SecurityHeadersFilter().doFilter(request("/employee/home.xhtml", "h2c"), response, chain);
        verify(response).setHeader(POLICY, SecurityHeadersFilter.PAGE_POLICY);

        String withNonce = SecurityHeadersFilter.PAGE_POLICY + " 'nonce-abc123';";
        ((HttpServletResponse) passedOn.get()).addHeader(POLICY, withNonce);
        verify(response).setHeader(POLICY, withNonce);
        verify(response, never()).addHeader(POLICY, withNonce);

        ((HttpServletResponse) passedOn.get()).addHeader("Vary", "Accept");
        verify(response).addHeader("Vary", "Accept");
    }

    @Test
    void thePagePolicyRunsNoInlineScriptAndEndsWithScriptSrcForTheNonce() {
        assertFalse(SecurityHeadersFilter.PAGE_POLICY.contains("unsafe-eval"));
        assertTrue(SecurityHeadersFilter.PAGE_POLICY.endsWith("script-src 'self'"));
    }

    @Test
    void apiAnswersMayDoNothingAndAWebSocketHandshakeIsPassedOnAsItIs() throws Exception {
        new SecurityHeadersFilter().doFilter(request("/api/v1/me/consent", null), response, chain);
        verify(response).setHeader(POLICY, SecurityHeadersFilter.DATA_POLICY);

        new SecurityHeadersFilter().doFilter(request("/admin/progress", "websocket"), response, chain);
        assertSame(response, passedOn.get());
    }
}
