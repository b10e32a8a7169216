package org.headshots.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.Order;

/**
 * An order as lists and the API show it; {@code department} is whom it is for in words, {@code departments}
 * and {@code people} the audience itself.
 */
public record OrderSummary(
        long id,
        String name,
        String department,
        List<String> departments,
        List<String> people,
        String status,
        LocalDate deadline,
        OffsetDateTime createdAt,
        String createdBy,
        int seats,
        int headshotsPerPerson,
        List<String> styles,
        String brandColour,
        int remakesPerPerson,
        List<Integer> reminderDays) {

    static OrderSummary of(Order order) {
        return of(order, order.seatCount());
    }

    /** The summary with a seat count the database counted (without loading every seat). */
    static OrderSummary of(Order order, long seats) {
        HeadshotPlan plan = order.plan();
        return new OrderSummary(
                order.id().value(),
                order.name().value(),
                order.audienceText(),
                order.audience().departmentNames(),
                order.audience().usernames(),
                order.status().name(),
                order.deadline(),
                order.createdAt(),
                order.createdBy().value(),
                (int) seats,
                plan.headshotsPerPerson(),
                plan.styles(),
                plan.brandColour(),
                plan.remakesPerPerson(),
                order.reminders().daysBefore());
    }
}
