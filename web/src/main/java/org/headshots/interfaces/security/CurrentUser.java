package org.headshots.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonString;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.headshots.domain.people.NotInAnOrganisationException;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

/** Who is calling, from the token of this request: a signed-in person (OIDC) or a script (bearer token). */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    Instance<OpenIdContext> openId;

    @Inject
    Instance<JsonWebToken> bearer;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public Username username() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("Nobody is signed in");
        }
        return new Username(principal.getName());
    }

    public String getName() {
        return isSignedIn() ? username().value() : "";
    }

    public String getDisplayName() {
        return claim("name").filter(name -> !name.isBlank()).orElse(getName());
    }

    /**
     * The caller's organisation: the one Keycloak made them a member of, from the token's {@code organization}
     * claim (never from their e-mail address, which is not a tenant).
     *
     * @throws NotInAnOrganisationException when they belong to none, or to more than one
     */
    public Organisation organisation() {
        List<String> organisations = claims("organization");
        if (organisations.size() != 1) {
            throw new NotInAnOrganisationException(
                    organisations.isEmpty()
                            ? getName()
                                    + " is not a member of any organisation: your organisation's admin or IT adds you"
                                    + " to it in Keycloak (Organizations, Members), then sign in again"
                            : getName() + " is a member of " + organisations.size() + " organisations ("
                                    + String.join(", ", organisations)
                                    + "); Headshots serves each person in one, so ask IT"
                                    + " to keep you in only the one you work for");
        }
        return new Organisation(organisations.get(0));
    }

    /** Whether the caller belongs to exactly one organisation. */
    public boolean isInAnOrganisation() {
        return claims("organization").size() == 1;
    }

    public boolean isOrgAdmin() {
        return security.isCallerInRole(Roles.ORG_ADMIN);
    }

    public boolean isEmployee() {
        return security.isCallerInRole(Roles.EMPLOYEE);
    }

    public boolean isItAdmin() {
        return security.isCallerInRole(Roles.IT_ADMIN);
    }

    private List<String> claims(String name) {
        Optional<JsonWebToken> jwt = bearerToken();
        if (jwt.isPresent()) {
            Object value = jwt.get().getClaim(name);
            return value instanceof Collection<?> collection
                    ? collection.stream().map(CurrentUser::unquote).toList()
                    : value == null ? List.of() : List.of(unquote(value));
        }
        return openIdClaims().map(claims -> claims.getArrayStringClaim(name)).orElse(List.of());
    }

    private Optional<String> claim(String name) {
        Optional<JsonWebToken> jwt = bearerToken();
        if (jwt.isPresent()) {
            return Optional.ofNullable(jwt.get().getClaim(name)).map(CurrentUser::unquote);
        }
        return openIdClaims().flatMap(claims -> claims.getStringClaim(name));
    }

    private Optional<JwtClaims> openIdClaims() {
        if (!openId.isResolvable()) {
            return Optional.empty();
        }
        try {
            OpenIdContext context = openId.get();
            return context.getIdentityToken() == null
                    ? Optional.empty()
                    : Optional.of(context.getIdentityToken().getJwtClaims());
        } catch (RuntimeException notAnOpenIdSession) {
            return Optional.empty();
        }
    }

    private Optional<JsonWebToken> bearerToken() {
        if (!bearer.isResolvable()) {
            return Optional.empty();
        }
        try {
            JsonWebToken token = bearer.get();
            return token == null || token.getRawToken() == null ? Optional.empty() : Optional.of(token);
        } catch (RuntimeException notABearerRequest) {
            return Optional.empty();
        }
    }

    private static String unquote(Object value) {
        String text = value instanceof JsonString json ? json.getString() : String.valueOf(value);
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1)
                : text;
    }
}
