package org.headshots.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.headshots.domain.order.MemberState;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.order.Seat;
import org.headshots.domain.people.Username;

/** Records how far a person has come on each of their seats, in a transaction of its own. */
@Stateless
public class MemberStateRecorder {

    private static final Logger LOG = Logger.getLogger(MemberStateRecorder.class.getName());

    @Inject
    OrderRepository orders;

    @Inject
    MemberStates states;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void follow(Username person) {
        try {
            for (Seat seat : orders.seatsOf(person)) {
                MemberState now = states.of(seat);
                if (seat.state() != now) {
                    orders.recordState(seat, now);
                }
            }
        } catch (RuntimeException e) {
            // the next change of the person records it again; what they did stands either way
            LOG.log(Level.WARNING, "The member state of " + person + " was not recorded now", e);
        }
    }
}
