package org.headshots.domain.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.headshots.domain.order.Audience;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderName;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {

    private static final OffsetDateTime PLACED = OffsetDateTime.of(2027, 1, 4, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final RetentionPeriod THIRTY_DAYS = new RetentionPeriod(30);

    @Test
    void somethingMadeMoreThanThePeriodAgoHasExpiredAndSomethingNewerHasNot() {
        RetentionRule rule = new RetentionRule(THIRTY_DAYS, PLACED.plusDays(40));

        assertEquals(PLACED.plusDays(10), rule.cutoff());
        assertTrue(rule.expired(PLACED.plusDays(10).minusSeconds(1)));
        assertFalse(rule.expired(PLACED.plusDays(10)));
    }

    @Test
    void aPersonWithNoOrderIsCountedFromWhenTheirDataWasMade() {
        assertTrue(new RetentionRule(THIRTY_DAYS, PLACED.plusDays(40)).appliesTo(List.of()));
    }

    @Test
    void nothingGoesWhileAnOrderOfThePersonStillRuns() {
        Order running = order(PLACED.toLocalDate().plusDays(60), false);

        assertFalse(new RetentionRule(THIRTY_DAYS, PLACED.plusDays(45)).appliesTo(List.of(running)));
    }

    @Test
    void aClosedOrderCountsFromItsClosing() {
        Order closed = order(PLACED.toLocalDate().plusDays(20), false);
        closed.close(PLACED.plusDays(5));

        assertFalse(new RetentionRule(THIRTY_DAYS, PLACED.plusDays(34)).appliesTo(List.of(closed)));
        assertTrue(new RetentionRule(THIRTY_DAYS, PLACED.plusDays(36)).appliesTo(List.of(closed)));
    }

    @Test
    void anOrderLeftOpenCountsFromTheEndOfItsDeadlinesDay() {
        Order leftOpen = order(PLACED.toLocalDate().plusDays(10), false);
        OffsetDateTime deadlineOver =
                PLACED.toLocalDate().plusDays(11).atStartOfDay().atOffset(ZoneOffset.UTC);

        assertFalse(new RetentionRule(THIRTY_DAYS, deadlineOver.plusDays(29)).appliesTo(List.of(leftOpen)));
        assertTrue(
                new RetentionRule(THIRTY_DAYS, deadlineOver.plusDays(30).plusSeconds(1)).appliesTo(List.of(leftOpen)));
    }

    @Test
    void theLastOfSeveralOrdersDecidesAndADraftNobodyWorkedOnDoesNot() {
        Order early = order(PLACED.toLocalDate().plusDays(10), false);
        early.close(PLACED.plusDays(2));
        Order late = order(PLACED.toLocalDate().plusDays(20), false);
        late.close(PLACED.plusDays(15));
        Order draft = order(PLACED.toLocalDate().plusDays(20), true);

        assertFalse(new RetentionRule(THIRTY_DAYS, PLACED.plusDays(40)).appliesTo(List.of(early, late, draft)));
        assertTrue(new RetentionRule(THIRTY_DAYS, PLACED.plusDays(46)).appliesTo(List.of(early, late, draft)));
    }

    private static Order order(LocalDate deadline, boolean draft) {
        return new Order(
                new Organisation("headshots.example"),
                new OrderName("Team"),
                Audience.of(new Department("Sales")),
                deadline,
                HeadshotPlan.standard(),
                List.of(new Employee(new Username("erin"), "erin@headshots.example", null)),
                new Username("olivia"),
                PLACED,
                draft);
    }
}
