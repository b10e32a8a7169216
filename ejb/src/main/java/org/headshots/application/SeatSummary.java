package org.headshots.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.headshots.domain.order.Seat;

public record SeatSummary(long orderId, String orderName, String department, LocalDate deadline, String status,
                          OffsetDateTime statusSince) {

    static SeatSummary of(Seat seat) {
        return new SeatSummary(seat.order().id().value(), seat.order().name().value(),
                seat.order().department().name(), seat.order().deadline(), seat.status().name(), seat.statusSince());
    }
}
