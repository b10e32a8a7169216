package org.headshots.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The probe asks the realm's discovery document on a local stand-in for Keycloak. */
class IdentityProviderProbeTest {

    private final AtomicInteger asked = new AtomicInteger();
    private HttpServer keycloak;

    @AfterEach
    void stop() {
        if (keycloak != null) {
            keycloak.stop(0);
        }
    }

    private IdentityProviderProbe probeOf(String realm, int status) throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keycloak.createContext("/realms/" + realm + "/.well-known/openid-configuration", exchange -> {
            asked.incrementAndGet();
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        keycloak.start();
        return probe("http://127.0.0.1:" + keycloak.getAddress().getPort() + "/");
    }

    private static IdentityProviderProbe probe(String url) {
        IdentityProviderProbe probe = new IdentityProviderProbe();
        probe.oidc = new OidcSettings();
        probe.oidc.keycloakUrl = url;
        probe.oidc.realm = "headshots";
        return probe;
    }

    @Test
    void aProviderThatServesTheRealmIsReachableAndAskedOnceInTwoSeconds() throws IOException {
        IdentityProviderProbe probe = probeOf("headshots", 200);

        assertTrue(probe.reachable());
        assertTrue(probe.reachable());
        assertEquals(1, asked.get());
    }

    @Test
    void aProviderWithoutTheRealmIsNotReachable() throws IOException {
        IdentityProviderProbe probe = probeOf("headshots", 503);

        assertFalse(probe.reachable());
        assertEquals(1, asked.get());
    }

    @Test
    void aProviderThatDoesNotAnswerIsNotReachable() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        assertFalse(probe("http://127.0.0.1:" + port).reachable());
    }
}
