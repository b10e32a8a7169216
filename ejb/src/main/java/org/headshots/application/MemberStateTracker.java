package org.headshots.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.headshots.application.run.RunChanged;

/**
 * Keeps each seat's state in step with its person once whatever moved them on has committed, in a transaction
 * of its own: the cockpit pages, sorts and counts members in the database, and neither an upload nor a batch
 * step is held up or failed by it.
 */
@ApplicationScoped
public class MemberStateTracker {

    @Inject
    MemberStateRecorder recorder;

    void progressed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberProgressed event) {
        recorder.follow(event.person());
    }

    void runChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunChanged event) {
        recorder.follow(event.owner());
    }
}
