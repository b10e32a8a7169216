package org.headshots.application.selfie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.headshots.application.MemberProgressed;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.order.Seat;
import org.headshots.domain.people.Username;

/** Keeps a person's seats in step with their selfies: READY for the identity build once enough are accepted. */
@ApplicationScoped
public class SeatReadiness {

    @Inject
    OrderRepository orders;

    @Inject
    Clock clock;

    @Inject
    Event<SeatsReady> ready;

    @Inject
    Event<MemberProgressed> progressed;

    void update(Username owner, SelfieProgress progress) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean becameReady = false;
        for (Seat seat : orders.seatsOf(owner)) {
            becameReady |= seat.photosReady(progress.ready(), now);
        }
        if (becameReady) {
            ready.fire(new SeatsReady(owner));
        }
        progressed.fire(new MemberProgressed(owner));
    }
}
