package org.headshots.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Values for the OpenID Connect definition, read from MicroProfile Config so that operations can override them. */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "headshots.keycloak.url")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "headshots.keycloak.realm")
    String realm;

    @Inject
    @ConfigProperty(name = "headshots.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "headshots.web.client-secret", defaultValue = "")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "headshots.base-url")
    String baseUrl;

    public String getProviderUri() {
        return trimSlash(keycloakUrl) + "/realms/" + realm;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public String getRedirectUri() {
        return trimSlash(baseUrl) + SecurityConfiguration.CALLBACK;
    }

    public String getAfterLogoutUri() {
        return trimSlash(baseUrl) + "/";
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
