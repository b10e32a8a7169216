package org.headshots.domain.order;

import java.util.List;
import java.util.Optional;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

public interface OrderRepository {

    Order store(Order order);

    /** Writes what changed so far (new seats, say), so that queries in the same transaction see it. */
    void flush();

    /** An order of the organisation; another organisation's is not found. */
    Optional<Order> find(Organisation organisation, OrderId id);

    Optional<Order> find(OrderId id);

    /** The organisation's orders, newest first. */
    List<Order> of(Organisation organisation);

    /**
     * Records how far a seat's person has come, without taking part in the seat's optimistic locking: a
     * person's uploads run in parallel, and each may tell the same seat of the same step.
     */
    void recordState(Seat seat, MemberState state);

    /** Every organisation's orders in that state (for the schedules that work on all of them). */
    List<Order> withStatus(OrderStatus status);

    /** A page of an order's members, as the query asks. */
    List<Seat> members(OrderId order, MemberQuery query);

    /** How many members of the order the query finds (all of them, not a page). */
    long countMembers(OrderId order, MemberQuery query);

    /** One person's seat in an order. */
    Optional<Seat> seat(OrderId order, Username person);

    /** How many seats each of the organisation's orders has, by order id. */
    java.util.Map<Long, Long> seatCounts(Organisation organisation);

    /** How many members of the order are in each state. */
    java.util.Map<MemberState, Long> stateCounts(OrderId order);

    /** How many seats of the order are in each state, per department ("" for none), departments by name. */
    java.util.Map<String, java.util.Map<MemberState, Long>> stateCountsByDepartment(OrderId order);

    /** The seats of one person, newest order first. */
    List<Seat> seatsOf(Username employee);

    /** The orders that name the person among those picked or taken out, whether or not they hold a seat. */
    List<Order> naming(Username person);
}
