package org.headshots.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SignInUnavailablePageTest {

    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter page = new StringWriter();

    @Test
    void thePageSaysToTryAgainAndNamesTheProviderEscaped() throws IOException {
        when(response.getWriter()).thenReturn(new PrintWriter(page));

        SignInUnavailablePage.write(response, "http://idp.example/realms/<a&b>");

        verify(response).reset();
        verify(response).setStatus(503);
        verify(response).setHeader("Retry-After", "30");
        verify(response).setContentType("text/html;charset=UTF-8");
        assertTrue(page.toString().contains("<h1 id=\"signin-unavailable\">Sign-in is unavailable</h1>"));
        assertTrue(page.toString().contains("<code>http://idp.example/realms/&lt;a&amp;b&gt;</code>"), page.toString());
    }

    @Test
    void aResponseAlreadySentIsLeftAsItIs() throws IOException {
        when(response.isCommitted()).thenReturn(true);

        SignInUnavailablePage.write(response, "http://idp.example/realms/headshots");

        verify(response, never()).reset();
        verify(response, never()).setStatus(503);
        verify(response, never()).getWriter();
    }
}
