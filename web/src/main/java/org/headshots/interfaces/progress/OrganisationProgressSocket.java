package org.headshots.interfaces.progress;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

/** Pushes the runs of the org admin's organisation as JSON whenever one changes ({@code /admin/*} needs the role). */
@ServerEndpoint(value = "/admin/progress", configurator = SignedInHandshake.class)
public class OrganisationProgressSocket {

    @Inject
    ProgressWatchers watchers;

    @OnOpen
    public void open(Session session) throws IOException {
        java.util.Optional<org.headshots.domain.people.Organisation> organisation = session.getUserPrincipal() == null
                ? java.util.Optional.empty()
                : watchers.organisationOf(session.getUserPrincipal().getName());
        if (organisation.isEmpty()) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Only org admins see this"));
            return;
        }
        watchers.watch(session, ProgressWatchers.Watch.organisation(organisation.get()));
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
