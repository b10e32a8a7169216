package org.headshots.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only the application's own pages are remembered for after sign-in, so the callback never sends a person away. */
class ReturnAfterSignInTest {

    private static final String KEY = ReturnAfterSignIn.class.getName();

    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpSession session = mock(HttpSession.class);

    private void asking(String path, String query) {
        when(request.getContextPath()).thenReturn("/headshots");
        when(request.getRequestURI()).thenReturn("/headshots" + path);
        when(request.getQueryString()).thenReturn(query);
        when(request.getSession()).thenReturn(session);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "/employee/gallery.xhtml, none, /employee/gallery.xhtml",
                "/admin/orders/members.xhtml, order=7&page=2, /admin/orders/members.xhtml?order=7&page=2",
                "/it/nodes.xhtml, tab=fleet_1, /it/nodes.xhtml?tab=fleet_1"
            })
    void anOwnPageIsRememberedWithItsQuery(String path, String query, String remembered) {
        asking(path, query);
        ReturnAfterSignIn.remember(request);
        verify(session).setAttribute(KEY, remembered);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "/index.xhtml, none",
                "/api/orders, none",
                "/employee/photo.jpg, none",
                "/employee/../../elsewhere.xhtml, none",
                "/employee/gallery.xhtml, next=https://elsewhere.example/",
                "/employee/gallery.xhtml, next=//elsewhere.example",
                "/employee/gallery.xhtml, a=%0d%0aSet-Cookie"
            })
    void anythingElseIsNotRemembered(String path, String query) {
        asking(path, query);
        ReturnAfterSignIn.remember(request);
        verify(session, never()).setAttribute(anyString(), any());
    }

    @Test
    void aVeryLongQueryIsNotRemembered() {
        asking("/employee/gallery.xhtml", "a=" + "b".repeat(199));
        ReturnAfterSignIn.remember(request);
        verify(session, never()).setAttribute(anyString(), any());
    }

    @Test
    void theRememberedPageIsTakenOnce() {
        when(request.getSession(false)).thenReturn(session);
        when(session.getAttribute(KEY)).thenReturn("/employee/gallery.xhtml?order=7");

        assertEquals(Optional.of("/employee/gallery.xhtml?order=7"), ReturnAfterSignIn.take(request));
        verify(session).removeAttribute(KEY);
    }

    @Test
    void withoutASessionNothingIsTakenAndNoneIsMade() {
        assertTrue(ReturnAfterSignIn.take(request).isEmpty());
        verify(request, never()).getSession();
    }
}
