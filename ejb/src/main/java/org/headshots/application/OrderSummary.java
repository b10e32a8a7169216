package org.headshots.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.headshots.domain.order.Order;

public record OrderSummary(long id, String name, String department, LocalDate deadline, OffsetDateTime createdAt,
                           String createdBy, int seats) {

    static OrderSummary of(Order order) {
        return new OrderSummary(order.id().value(), order.name().value(), order.department().name(),
                order.deadline(), order.createdAt(), order.createdBy().value(), order.seatCount());
    }
}
