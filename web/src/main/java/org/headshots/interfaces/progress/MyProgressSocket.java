package org.headshots.interfaces.progress;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import org.headshots.domain.people.Username;

/** Pushes the signed-in employee's runs as JSON whenever one changes ({@code /employee/*} needs the role). */
@ServerEndpoint(value = "/employee/progress", configurator = SignedInHandshake.class)
public class MyProgressSocket {

    @Inject
    ProgressWatchers watchers;

    @OnOpen
    public void open(Session session) throws IOException {
        if (session.getUserPrincipal() == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Sign in first"));
            return;
        }
        watchers.watch(
                session,
                ProgressWatchers.Watch.person(
                        new Username(session.getUserPrincipal().getName())));
    }

    @OnClose
    public void close(Session session) {
        watchers.stop(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        watchers.stop(session);
    }
}
