package org.headshots.domain.order;

import java.util.List;
import java.util.Optional;
import org.headshots.domain.people.Username;

public interface OrderRepository {

    Order store(Order order);

    Optional<Order> find(OrderId id);

    /** Newest first. */
    List<Order> all();

    /** The seats of one person, newest order first. */
    List<Seat> seatsOf(Username employee);
}
