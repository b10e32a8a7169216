package org.headshots.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.headshots.application.run.RunChanged;
import org.headshots.domain.order.MemberState;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.order.Seat;
import org.headshots.domain.people.Username;

/**
 * Keeps each seat's state in step with its person, in the transaction of whatever moved them on, so that the
 * cockpit pages, sorts and counts members in the database.
 */
@ApplicationScoped
public class MemberStateTracker {

    @Inject
    OrderRepository orders;

    @Inject
    MemberStates states;

    void progressed(@Observes MemberProgressed event) {
        follow(event.person());
    }

    void runChanged(@Observes RunChanged event) {
        follow(event.owner());
    }

    void follow(Username person) {
        for (Seat seat : orders.seatsOf(person)) {
            MemberState now = states.of(seat);
            if (seat.state() != now) {
                orders.recordState(seat, now);
            }
        }
    }
}
