package org.headshots.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether Keycloak answers right now, asked at most every 2 seconds. People who are not signed in yet are
 * told that sign-in is unavailable instead of being sent to a login page that does not answer.
 */
@ApplicationScoped
public class IdentityProviderProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final long REMEMBER_NANOS = Duration.ofSeconds(2).toNanos();

    @Inject
    OidcSettings oidc;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile boolean reachable = true;
    private volatile long askedAt = System.nanoTime() - REMEMBER_NANOS;

    public boolean reachable() {
        long now = System.nanoTime();
        if (now - askedAt >= REMEMBER_NANOS) {
            reachable = ask();
            askedAt = now;
        }
        return reachable;
    }

    private boolean ask() {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(oidc.getProviderUri() + "/.well-known/openid-configuration"))
                .timeout(TIMEOUT)
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
