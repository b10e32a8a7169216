package org.headshots.application.selfie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks at a person's seats again once a selfie has committed, in a transaction of its own: two uploads in
 * parallel each count only their own selfie before they commit, so neither may make the seats ready; the
 * last one to commit sees them all here.
 */
@ApplicationScoped
public class SeatReadinessRecheck {

    private static final Logger LOG = Logger.getLogger(SeatReadinessRecheck.class.getName());

    @Inject
    SelfieService selfies;

    void selfiesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SelfiesChanged event) {
        try {
            selfies.recheckSeats(event.owner());
        } catch (RuntimeException e) {
            // a parallel recheck changed the same seats first; it saw the same selfies
            LOG.log(Level.FINE, "Seats of " + event.owner() + " were rechecked by another upload", e);
        }
    }
}
