package org.headshots.application;

import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.people.Organisation;

/** One of an organisation's orders by the id a caller gave; any other id is "not found", so ids reveal nothing. */
public final class OrderLookup {

    private OrderLookup() {}

    public static Order find(OrderRepository orders, Organisation organisation, long id) {
        if (id <= 0) {
            throw new OrderNotFoundException(id);
        }
        return orders.find(organisation, new OrderId(id)).orElseThrow(() -> new OrderNotFoundException(id));
    }
}
