package org.headshots.interfaces.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.headshots.application.run.RunChanged;
import org.headshots.application.run.RunService;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.interfaces.rest.RunJson;

/**
 * The pages watching headshot runs over WebSocket, and what each may see: an employee their own runs, an
 * org admin their organisation's. When a run changes (once that change is committed) every page allowed
 * to see it gets the runs it watches again.
 */
@ApplicationScoped
public class ProgressWatchers {

    private static final Logger LOG = Logger.getLogger(ProgressWatchers.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    /** Whose runs a page watches: one person's, or a whole organisation's. */
    public record Watch(Username person, Organisation organisation) {

        static Watch person(Username person) {
            return new Watch(person, null);
        }

        static Watch organisation(Organisation organisation) {
            return new Watch(null, organisation);
        }

        boolean sees(RunChanged change) {
            return person != null ? person.equals(change.owner()) : organisation.equals(change.organisation());
        }
    }

    private final Map<Session, Watch> watching = new ConcurrentHashMap<>();
    private final Map<String, Organisation> adminsOrganisation = new ConcurrentHashMap<>();

    @Inject
    RunService runs;

    void administers(String admin, Organisation organisation) {
        adminsOrganisation.put(admin, organisation);
    }

    /** The organisation an org admin administers, as noted at their handshake. */
    java.util.Optional<Organisation> organisationOf(String admin) {
        return java.util.Optional.ofNullable(adminsOrganisation.get(admin));
    }

    void watch(Session session, Watch watch) {
        watching.put(session, watch);
        send(session, watch);
    }

    void stop(Session session) {
        watching.remove(session);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunChanged change) {
        watching.forEach((session, watch) -> {
            if (watch.sees(change)) {
                send(session, watch);
            }
        });
    }

    private void send(Session session, Watch watch) {
        if (!session.isOpen()) {
            watching.remove(session);
            return;
        }
        List<RunJson> view = (watch.person() != null ? runs.runsOf(watch.person()) : runs.runsOf(watch.organisation()))
                .stream().map(RunJson::of).toList();
        String message = JSON.toJson(view);
        synchronized (session) {
            try {
                session.getBasicRemote().sendText(message);
            } catch (Exception e) {
                LOG.log(Level.FINE, "A progress page went away", e);
                watching.remove(session);
            }
        }
    }
}
