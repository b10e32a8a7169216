package org.headshots.domain.order;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * When an order reminds the people who have not finished: so many days before its deadline (7 and 2 by
 * default; none at all is a schedule too).
 */
public record ReminderSchedule(List<Integer> daysBefore) {

    public static final int MAX_DAYS = 60;
    public static final int MAX_REMINDERS = 5;

    public ReminderSchedule {
        if (daysBefore == null) {
            daysBefore = List.of();
        }
        if (daysBefore.size() > MAX_REMINDERS) {
            throw new InvalidOrderException(
                    "An order sends at most " + MAX_REMINDERS + " scheduled reminders, not " + daysBefore.size());
        }
        for (Integer days : daysBefore) {
            if (days == null || days < 0 || days > MAX_DAYS) {
                throw new InvalidOrderException(
                        "A reminder goes 0 to " + MAX_DAYS + " days before the deadline, not " + days);
            }
        }
        daysBefore = List.copyOf(new TreeSet<>(daysBefore).descendingSet());
    }

    public static ReminderSchedule standard() {
        return new ReminderSchedule(List.of(7, 2));
    }

    /** How many days before the deadline the reminder due on {@code today} is, if one is. */
    public Optional<Integer> dueOn(LocalDate today, LocalDate deadline) {
        long left = ChronoUnit.DAYS.between(today, deadline);
        return daysBefore.stream().filter(days -> days == left).findFirst();
    }

    /** As the database keeps it: "7,2". */
    public String stored() {
        return daysBefore.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static ReminderSchedule fromStored(String stored) {
        return stored == null || stored.isBlank()
                ? new ReminderSchedule(List.of())
                : new ReminderSchedule(Arrays.stream(stored.split(","))
                        .map(String::strip)
                        .map(Integer::valueOf)
                        .toList());
    }
}
