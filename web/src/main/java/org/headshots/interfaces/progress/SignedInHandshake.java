package org.headshots.interfaces.progress;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/**
 * Accepts handshakes only from the application's own pages (the {@code Origin} is that of
 * {@code headshots.base-url}: a page of another site cannot open a socket with the visitor's session), and
 * notes, during the signed-in handshake request, which organisation an org admin administers: the WebSocket
 * session itself knows only the caller's name. Kept by name, since the configuration's properties are shared
 * by all handshakes.
 */
public class SignedInHandshake extends ServerEndpointConfig.Configurator {

    @Override
    public boolean checkOrigin(String origin) {
        return origin != null
                && originOf(origin)
                        .equals(originOf(ConfigProvider.getConfig().getValue("headshots.base-url", String.class)));
    }

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        if (request.getUserPrincipal() != null && request.isUserInRole(Roles.ORG_ADMIN)) {
            CurrentUser user = CDI.current().select(CurrentUser.class).get();
            if (user.isInAnOrganisation()) {
                CDI.current()
                        .select(ProgressWatchers.class)
                        .get()
                        .administers(request.getUserPrincipal().getName(), user.organisation());
            }
        }
    }

    private static String originOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return (uri.getScheme() + "://" + uri.getHost() + ":" + port).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException | NullPointerException notAUrl) {
            return "not-an-origin:" + url;
        }
    }
}
