package org.headshots.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
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

    /** The departments (Keycloak groups) the caller belongs to. */
    public List<String> getDepartments() {
        Optional<JsonWebToken> jwt = bearerToken();
        if (jwt.isPresent()) {
            Object value = jwt.get().getClaim("departments");
            return value instanceof java.util.Collection<?> collection
                    ? collection.stream().map(CurrentUser::unquote).toList() : List.of();
        }
        return openIdClaims().map(claims -> claims.getArrayStringClaim("departments")).orElse(List.of());
    }

    public String getDepartmentNames() {
        return String.join(", ", getDepartments());
    }

    /** The caller's organisation, from the domain of their e-mail address. */
    public Organisation organisation() {
        return claim("email").filter(email -> email.contains("@")).map(Organisation::ofEmail)
                .orElseThrow(() -> new IllegalStateException("The sign-in token of " + getName()
                        + " carries no e-mail address: the organisation cannot be told"));
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
            return context.getIdentityToken() == null ? Optional.empty()
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
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : String.valueOf(value);
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
