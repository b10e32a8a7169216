package org.headshots.interfaces.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
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
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Payara registers both the OpenID Connect and the MP-JWT mechanism application-wide; this one picks per
 * request: bearer tokens and {@code /api/} go to MP-JWT, people's pages to OpenID Connect. When the identity
 * provider cannot be reached, people get a page that says sign-in is unavailable instead of a stack trace.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class RoutingAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(RoutingAuthenticationMechanism.class.getName());
    private static final String OIDC = "org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism";
    private static final String SIGNED_IN = RoutingAuthenticationMechanism.class.getName() + ".signedIn";
    private static final String MP_JWT = "fish.payara.microprofile.jwtauth.eesecurity.JWTAuthenticationMechanism";

    @Inject
    BeanManager beans;

    @Inject
    OidcSettings oidc;

    @Inject
    IdentityProviderProbe provider;

    @Inject
    OpenIdContext tokens;

    private volatile HttpAuthenticationMechanism openId;
    private volatile HttpAuthenticationMechanism bearer;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (ApiRequests.isApi(request)) {
            if (!hasBearerToken(request)) {
                return context.isProtected() ? context.responseUnauthorized() : context.doNothing();
            }
            // the scheme is case-insensitive (RFC 9110), and a token the bearer mechanism passes over is refused
            AuthenticationStatus status = bearer().validateRequest(new CanonicalBearer(request), response, context);
            return status == AuthenticationStatus.NOT_DONE ? context.responseUnauthorized() : status;
        }
        if (context.isProtected() && !signedInBefore(request) && !provider.reachable()) {
            return signInUnavailable(response, new IOException("no answer from " + oidc.getProviderUri()));
        }
        HttpAuthenticationMechanism mechanism = openId();
        try {
            boolean signedInAlready = request.getUserPrincipal() != null;
            AuthenticationStatus status = mechanism.validateRequest(request, response, context);
            if (status == AuthenticationStatus.SUCCESS && signedInAlready) {
                registerGroupsAgain(context);
            }
            if (status == AuthenticationStatus.SUCCESS && context.isProtected()) {
                request.getSession().setAttribute(SIGNED_IN, Boolean.TRUE);
            }
            if (status == AuthenticationStatus.SEND_CONTINUE && "GET".equals(request.getMethod())) {
                ReturnAfterSignIn.remember(request);
            }
            if (status == AuthenticationStatus.SEND_FAILURE && isSignInAnswer(request)) {
                return signInAgain(request, response, "refused");
            }
            return status;
        } catch (RuntimeException | AuthenticationException e) {
            if (providerUnreachable(e)) {
                return context.isProtected() ? signInUnavailable(response, e) : context.doNothing();
            }
            if (isSignInAnswer(request)) {
                return signInAgain(request, response, e.toString());
            }
            throw e;
        }
    }

    /** Keycloak's answer to a sign-in: the way back with the state it was sent and a code or an error. */
    private static boolean isSignInAnswer(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + SecurityConfiguration.CALLBACK)
                && request.getParameter("state") != null;
    }

    /**
     * An answer that belongs to no sign-in of this session (the back button, a bookmarked or reloaded address,
     * a code used already, a session that expired meanwhile) cannot sign anyone in: the person starts again from
     * the start page, which sends them to sign in, instead of meeting a failure.
     */
    private static AuthenticationStatus signInAgain(
            HttpServletRequest request, HttpServletResponse response, String why) throws AuthenticationException {
        LOG.info(() -> "A sign-in answer that belongs to no sign-in of this session (" + why + "): signing in again");
        try {
            response.sendRedirect(request.getContextPath() + "/");
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * On a signed-in session's later requests Soteria registers only the caller principal and leaves the groups
     * to Payara, which finds them through the thread's security context. Under concurrent load that context is
     * sometimes another request's, the groups are lost and the person gets 403 on a page their role allows (one
     * request in about a hundred with 50 admins). The groups of the session's own token close that gap.
     */
    private void registerGroupsAgain(HttpMessageContext context) throws AuthenticationException {
        String[] groups = tokens.getIdentityToken()
                .getJwtClaims()
                .getArrayStringClaim(SecurityConfiguration.GROUPS_CLAIM)
                .toArray(String[]::new);
        if (groups.length == 0) {
            return;
        }
        try {
            context.getHandler()
                    .handle(new Callback[] {new GroupPrincipalCallback(context.getClientSubject(), groups)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException("Could not register the groups of " + tokens.getSubject(), e);
        }
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return mechanismFor(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        mechanismFor(request).cleanSubject(request, response, context);
    }

    private HttpAuthenticationMechanism mechanismFor(HttpServletRequest request) {
        return ApiRequests.isApi(request) || hasBearerToken(request) ? bearer() : openId();
    }

    /** Keycloak down or unreachable shows up as an I/O failure somewhere in the chain of causes. */
    private static boolean providerUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof jakarta.ws.rs.ProcessingException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private AuthenticationStatus signInUnavailable(HttpServletResponse response, Exception cause) {
        LOG.log(Level.WARNING, "Sign-in through " + oidc.getProviderUri() + " failed: " + cause);
        try {
            SignInUnavailablePage.write(response, oidc.getProviderUri());
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not write the sign-in unavailable page", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** A session that completed sign-in goes on working while Keycloak is away. */
    private static boolean signedInBefore(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SIGNED_IN) != null;
    }

    private static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private HttpAuthenticationMechanism openId() {
        if (openId == null) {
            openId = lookup(OIDC);
        }
        return openId;
    }

    private HttpAuthenticationMechanism bearer() {
        if (bearer == null) {
            bearer = lookup(MP_JWT);
        }
        return bearer;
    }

    /**
     * Finds the container's mechanism by its class: as a bean of that class when it is one, else among the
     * beans of type HttpAuthenticationMechanism by bean class, types or the class behind the reference.
     */
    private HttpAuthenticationMechanism lookup(String className) {
        try {
            Class<?> type =
                    Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            Set<Bean<?>> direct = beans.getBeans(type, Any.Literal.INSTANCE);
            if (!direct.isEmpty()) {
                Bean<?> bean = beans.resolve(direct);
                return (HttpAuthenticationMechanism)
                        beans.getReference(bean, type, beans.createCreationalContext(bean));
            }
        } catch (ClassNotFoundException | RuntimeException notVisible) {
            LOG.log(Level.FINE, "No bean of class " + className, notVisible);
        }
        StringBuilder seen = new StringBuilder();
        for (Bean<?> bean : beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass() == RoutingAuthenticationMechanism.class) {
                continue;
            }
            HttpAuthenticationMechanism reference = (HttpAuthenticationMechanism)
                    beans.getReference(bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
            boolean matches = bean.getBeanClass().getName().equals(className)
                    || bean.getTypes().stream()
                            .anyMatch(type -> type.getTypeName().equals(className))
                    || reference.getClass().getName().startsWith(className);
            if (matches) {
                return reference;
            }
            seen.append(' ')
                    .append(bean.getBeanClass().getName())
                    .append(bean.getTypes())
                    .append(" -> ")
                    .append(reference.getClass().getName());
        }
        throw new IllegalStateException(
                "No authentication mechanism " + className + " is registered; there are:" + seen);
    }
}
