package org.headshots.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.headshots.domain.order.MemberState;
import org.headshots.domain.order.Seat;

/** A person's seat in an order as they see it: the order, its deadline, how far they are, what to do next. */
public record SeatSummary(
        long orderId,
        String orderName,
        String department,
        LocalDate deadline,
        String orderStatus,
        String status,
        OffsetDateTime statusSince,
        String state,
        String nextStep) {

    static SeatSummary of(Seat seat, MemberState state) {
        boolean closed = seat.order().status() == org.headshots.domain.order.OrderStatus.CLOSED;
        return new SeatSummary(
                seat.order().id().value(),
                seat.order().name().value(),
                seat.order().audienceText(),
                seat.order().deadline(),
                seat.order().status().name(),
                seat.status().name(),
                seat.statusSince(),
                state.name(),
                closed
                        ? "This order has closed" + (state.finished() ? "; your favourite is final" : "")
                        : state.nextStep());
    }
}
