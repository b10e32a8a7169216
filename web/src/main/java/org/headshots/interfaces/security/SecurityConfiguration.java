package org.headshots.interfaces.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Sign-in for people: OpenID Connect code flow against Keycloak's own login form. Roles and departments
 * come from the token's {@code groups} claim. The REST API takes bearer tokens instead (see ApiApplication).
 */
@ApplicationScoped
@DeclareRoles({Roles.ORG_ADMIN, Roles.EMPLOYEE, Roles.IT_ADMIN})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${oidcSettings.redirectUri}",
        redirectToOriginalResource = false,
        // Soteria's 500 ms for reaching Keycloak's keys is too short under load: a request that times out
        // there is refused (403), though the person is signed in
        jwksConnectTimeout = 5000,
        jwksReadTimeout = 5000,
        claimsDefinition =
                @ClaimsDefinition(
                        callerNameClaim = "preferred_username",
                        callerGroupsClaim = SecurityConfiguration.GROUPS_CLAIM),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${oidcSettings.afterLogoutUri}"))
public class SecurityConfiguration {

    static final String GROUPS_CLAIM = "groups";

    /** Where Keycloak sends people back after signing in (CallbackServlet). */
    public static final String CALLBACK = "/callback";
}
