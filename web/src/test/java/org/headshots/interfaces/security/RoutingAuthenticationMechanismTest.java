package org.headshots.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Which mechanism a request goes to, and what a person sees when the identity provider does not answer. The
 * container's OpenID Connect and MP-JWT mechanisms are stand-ins found through the bean manager by their class
 * names, as the mechanism finds the real ones.
 */
class RoutingAuthenticationMechanismTest {

    private static final String SIGNED_IN = RoutingAuthenticationMechanism.class.getName() + ".signedIn";

    private final HttpAuthenticationMechanism openId = mock(HttpAuthenticationMechanism.class);
    private final HttpAuthenticationMechanism bearer = mock(HttpAuthenticationMechanism.class);
    private final RoutingAuthenticationMechanism routing = new RoutingAuthenticationMechanism();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final HttpMessageContext context = mock(HttpMessageContext.class);
    private final HttpSession session = mock(HttpSession.class);
    private final StringWriter page = new StringWriter();

    @BeforeEach
    void wired() throws IOException {
        routing.beans = beanManagerWith(Map.of(
                "org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism", openId,
                "fish.payara.microprofile.jwtauth.eesecurity.JWTAuthenticationMechanism", bearer));
        routing.oidc = new OidcSettings();
        routing.oidc.keycloakUrl = "http://keycloak.headshots.example:8180/";
        routing.oidc.realm = "headshots";
        routing.provider = mock(IdentityProviderProbe.class);
        routing.tokens = mock(OpenIdContext.class, RETURNS_DEEP_STUBS);
        when(routing.provider.reachable()).thenReturn(true);
        when(request.getContextPath()).thenReturn("/headshots");
        when(request.getMethod()).thenReturn("GET");
        when(request.getSession()).thenReturn(session);
        when(response.getWriter()).thenReturn(new PrintWriter(page));
        when(context.responseUnauthorized()).thenReturn(AuthenticationStatus.SEND_FAILURE);
        when(context.doNothing()).thenReturn(AuthenticationStatus.NOT_DONE);
    }

    private void asking(String path, boolean isProtected) {
        when(request.getRequestURI()).thenReturn("/headshots" + path);
        when(context.isProtected()).thenReturn(isProtected);
    }

    private AuthenticationStatus validate() throws AuthenticationException {
        return routing.validateRequest(request, response, context);
    }

    @Test
    void anApiCallWithoutATokenIsRefusedWhereProtectedAndLeftAloneElsewhere() throws AuthenticationException {
        asking("/api/orders", true);
        assertEquals(AuthenticationStatus.SEND_FAILURE, validate());
        verify(context).responseUnauthorized();

        asking("/api/openapi", false);
        assertEquals(AuthenticationStatus.NOT_DONE, validate());
        verifyNoInteractions(openId, bearer);
    }

    @Test
    void anApiCallWithABearerTokenGoesToMpJwt() throws AuthenticationException {
        asking("/api/orders", true);
        when(request.getHeader("Authorization")).thenReturn("bearer eyJhbGciOi");
        when(bearer.validateRequest(any(HttpServletRequest.class), eq(response), eq(context)))
                .thenAnswer(call -> "Bearer eyJhbGciOi"
                                .equals(call.getArgument(0, HttpServletRequest.class)
                                        .getHeader("Authorization"))
                        ? AuthenticationStatus.SUCCESS
                        : AuthenticationStatus.NOT_DONE);

        assertEquals(AuthenticationStatus.SUCCESS, validate(), "the scheme is read whatever its case");
        verifyNoInteractions(openId);
    }

    @Test
    void aBearerTokenTheMechanismPassesOverIsRefusedEvenWhereNothingIsProtected() throws AuthenticationException {
        asking("/api/orders", false);
        when(request.getHeader("Authorization")).thenReturn("Bearer garbage");
        when(bearer.validateRequest(any(HttpServletRequest.class), eq(response), eq(context)))
                .thenReturn(AuthenticationStatus.NOT_DONE);

        assertEquals(AuthenticationStatus.SEND_FAILURE, validate());
        verify(context).responseUnauthorized();
    }

    @Test
    void aRefusalOfTheMechanismIsPassedOnAsItIs() throws AuthenticationException {
        asking("/api/orders", true);
        when(request.getHeader("Authorization")).thenReturn("BEARER expired");
        when(bearer.validateRequest(any(HttpServletRequest.class), eq(response), eq(context)))
                .thenReturn(AuthenticationStatus.SEND_FAILURE);

        assertEquals(AuthenticationStatus.SEND_FAILURE, validate());
        verify(context, never()).responseUnauthorized();
    }

    @Test
    void aPageGoesToOpenIdConnectAndASignedInSessionIsMarked() throws AuthenticationException {
        asking("/employee/gallery.xhtml", true);
        when(openId.validateRequest(request, response, context)).thenReturn(AuthenticationStatus.SUCCESS);

        assertEquals(AuthenticationStatus.SUCCESS, validate());
        verify(session).setAttribute(SIGNED_IN, Boolean.TRUE);
        verifyNoInteractions(bearer);
    }

    @Test
    void anUnprotectedPageIsNotMarkedAsSignedIn() throws AuthenticationException {
        asking("/index.xhtml", false);
        when(openId.validateRequest(request, response, context)).thenReturn(AuthenticationStatus.NOT_DONE);

        assertEquals(AuthenticationStatus.NOT_DONE, validate());
        verify(session, never()).setAttribute(anyString(), any());
        verifyNoInteractions(routing.provider);
    }

    @Test
    void aPersonSentToSignInHasThePageTheyAskedForRemembered() throws AuthenticationException {
        asking("/employee/gallery.xhtml", true);
        when(request.getQueryString()).thenReturn("order=7");
        when(openId.validateRequest(request, response, context)).thenReturn(AuthenticationStatus.SEND_CONTINUE);

        assertEquals(AuthenticationStatus.SEND_CONTINUE, validate());
        verify(session).setAttribute(ReturnAfterSignIn.class.getName(), "/employee/gallery.xhtml?order=7");
    }

    @Test
    void aFormPostSentToSignInIsNotRemembered() throws AuthenticationException {
        asking("/employee/gallery.xhtml", true);
        when(request.getMethod()).thenReturn("POST");
        when(openId.validateRequest(request, response, context)).thenReturn(AuthenticationStatus.SEND_CONTINUE);

        assertEquals(AuthenticationStatus.SEND_CONTINUE, validate());
        verify(session, never()).setAttribute(anyString(), any());
    }

    @Test
    void whenTheProviderDoesNotAnswerAPersonNotSignedInGetsTheUnavailablePage() throws AuthenticationException {
        asking("/employee/gallery.xhtml", true);
        when(routing.provider.reachable()).thenReturn(false);

        assertEquals(AuthenticationStatus.SEND_FAILURE, validate());
        verify(response).setStatus(503);
        assertTrue(page.toString().contains("Sign-in is unavailable"), page.toString());
        assertTrue(
                page.toString().contains("http://keycloak.headshots.example:8180/realms/headshots"), page.toString());
        verifyNoInteractions(openId, bearer);
    }

    @Test
    void aSessionThatSignedInBeforeGoesOnWhileTheProviderIsAway() throws AuthenticationException {
        asking("/employee/gallery.xhtml", true);
        when(routing.provider.reachable()).thenReturn(false);
        when(request.getSession(false)).thenReturn(session);
        when(session.getAttribute(SIGNED_IN)).thenReturn(Boolean.TRUE);
        when(openId.validateRequest(request, response, context)).thenReturn(AuthenticationStatus.SUCCESS);

        assertEquals(AuthenticationStatus.SUCCESS, validate());
        verify(response, never()).setStatus(503);
    }

    @Test
    void aProviderFailingDuringSignInGivesTheUnavailablePageOnProtectedPagesOnly() throws AuthenticationException {
        when(openId.validateRequest(request, response, context))
                .thenThrow(new IllegalStateException(
                        "token endpoint", new UncheckedIOException(new IOException("reset"))));

        asking("/admin/orders.xhtml", true);
        assertEquals(AuthenticationStatus.SEND_FAILURE, validate());
        verify(response).setStatus(503);

        asking("/index.xhtml", false);
        assertEquals(AuthenticationStatus.NOT_DONE, validate());
    }

    @Test
    void aSignInAnswerThatBelongsToNoSignInOfTheSessionStartsSignInAgain() throws Exception {
        asking("/callback", true);
        when(request.getParameter("state")).thenReturn("an-old-state");
        when(openId.validateRequest(request, response, context))
                .thenThrow(new IllegalStateException("the state does not match"));

        assertEquals(AuthenticationStatus.SEND_CONTINUE, validate());
        verify(response).sendRedirect("/headshots/");
    }

    @Test
    void aSignInAnswerTheMechanismRefusesStartsSignInAgain() throws Exception {
        asking("/callback", true);
        when(request.getParameter("state")).thenReturn("an-old-state");
        when(openId.validateRequest(request, response, context)).thenReturn(AuthenticationStatus.SEND_FAILURE);

        assertEquals(AuthenticationStatus.SEND_CONTINUE, validate());
        verify(response).sendRedirect("/headshots/");
    }

    @Test
    void anotherFailureOfSignInIsNotHidden() throws AuthenticationException {
        asking("/admin/orders.xhtml", true);
        IllegalStateException bug = new IllegalStateException("not an I/O problem");
        when(openId.validateRequest(request, response, context)).thenThrow(bug);

        assertSame(bug, assertThrows(IllegalStateException.class, this::validate));
        verify(response, never()).setStatus(503);
    }

    @Test
    void aSignedInPersonsGroupsAreRegisteredAgainFromTheirToken() throws Exception {
        asking("/admin/orders.xhtml", true);
        Subject subject = new Subject();
        CallbackHandler handler = mock(CallbackHandler.class);
        when(request.getUserPrincipal()).thenReturn(mock(Principal.class));
        when(context.getClientSubject()).thenReturn(subject);
        when(context.getHandler()).thenReturn(handler);
        when(routing.tokens.getIdentityToken().getJwtClaims().getArrayStringClaim(SecurityConfiguration.GROUPS_CLAIM))
                .thenReturn(List.of("admin", "employee"));
        when(openId.validateRequest(request, response, context)).thenReturn(AuthenticationStatus.SUCCESS);

        assertEquals(AuthenticationStatus.SUCCESS, validate());
        ArgumentCaptor<Callback[]> callbacks = ArgumentCaptor.forClass(Callback[].class);
        verify(handler).handle(callbacks.capture());
        GroupPrincipalCallback groups = (GroupPrincipalCallback) callbacks.getValue()[0];
        assertArrayEquals(new String[] {"admin", "employee"}, groups.getGroups());
        assertSame(subject, groups.getSubject());
    }

    @Test
    void aFirstSignInLeavesTheGroupsToTheMechanism() throws Exception {
        asking("/admin/orders.xhtml", true);
        when(openId.validateRequest(request, response, context)).thenReturn(AuthenticationStatus.SUCCESS);

        assertEquals(AuthenticationStatus.SUCCESS, validate());
        verify(context, never()).getHandler();
    }

    @Test
    void responsesAndSignOutGoToTheMechanismOfTheRequest() throws AuthenticationException {
        asking("/api/orders", true);
        routing.secureResponse(request, response, context);
        routing.cleanSubject(request, response, context);
        verify(bearer).secureResponse(request, response, context);
        verify(bearer).cleanSubject(request, response, context);

        asking("/employee/gallery.xhtml", true);
        routing.secureResponse(request, response, context);
        routing.cleanSubject(request, response, context);
        verify(openId).secureResponse(request, response, context);
        verify(openId).cleanSubject(request, response, context);

        when(request.getHeader("Authorization")).thenReturn("Bearer eyJhbGciOi");
        routing.cleanSubject(request, response, context);
        verify(bearer, times(2)).cleanSubject(request, response, context);
    }

    /** The container's mechanisms, each a bean whose types name its class, as Payara registers them. */
    private static BeanManager beanManagerWith(Map<String, HttpAuthenticationMechanism> byClassName) {
        Map<Bean<?>, HttpAuthenticationMechanism> references = new HashMap<>();
        byClassName.forEach((className, mechanism) -> references.put(bean(className), mechanism));
        BeanManager beans = mock(BeanManager.class);
        when(beans.getBeans(eq(HttpAuthenticationMechanism.class), any(Any.class)))
                .thenReturn(references.keySet());
        when(beans.getReference(any(), eq(HttpAuthenticationMechanism.class), any()))
                .thenAnswer(invocation -> references.get(invocation.getArgument(0)));
        return beans;
    }

    private static Bean<?> bean(String className) {
        Type type = new Type() {
            @Override
            public String getTypeName() {
                return className;
            }
        };
        Bean<?> bean = mock(Bean.class);
        when(bean.getBeanClass()).thenAnswer(invocation -> HttpAuthenticationMechanism.class);
        when(bean.getTypes()).thenReturn(Set.of(type));
        return bean;
    }
}
