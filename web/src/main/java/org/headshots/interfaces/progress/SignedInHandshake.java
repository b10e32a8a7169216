package org.headshots.interfaces.progress;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/**
 * Notes, during the signed-in handshake request, which organisation an org admin administers: the
 * WebSocket session itself knows only the caller's name. Kept by name, since the configuration's
 * properties are shared by all handshakes.
 */
public class SignedInHandshake extends ServerEndpointConfig.Configurator {

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        if (request.getUserPrincipal() != null && request.isUserInRole(Roles.ORG_ADMIN)) {
            CurrentUser user = CDI.current().select(CurrentUser.class).get();
            CDI.current().select(ProgressWatchers.class).get()
                    .administers(request.getUserPrincipal().getName(), user.organisation());
        }
    }
}
