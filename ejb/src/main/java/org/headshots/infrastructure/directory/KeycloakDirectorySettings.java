package org.headshots.infrastructure.directory;

import java.time.Duration;
import java.util.Objects;

public record KeycloakDirectorySettings(
        String keycloakUrl, String realm, String clientId, String clientSecret, Duration timeout) {

    public KeycloakDirectorySettings {
        Objects.requireNonNull(keycloakUrl, "keycloakUrl");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(clientId, "clientId");
        keycloakUrl = keycloakUrl.endsWith("/") ? keycloakUrl.substring(0, keycloakUrl.length() - 1) : keycloakUrl;
        clientSecret = clientSecret == null ? "" : clientSecret;
    }

    String adminBase() {
        return keycloakUrl + "/admin/realms/" + realm;
    }

    String tokenEndpoint() {
        return keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token";
    }
}
