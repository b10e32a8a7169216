package org.headshots.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 3, 31);

    @Test
    void aReminderIsDueOnTheDaysBeforeTheDeadlineItNamesAndOnNoOther() {
        ReminderSchedule schedule = ReminderSchedule.standard();

        assertEquals(Optional.of(7), schedule.dueOn(LocalDate.of(2027, 3, 24), DEADLINE));
        assertEquals(Optional.of(2), schedule.dueOn(LocalDate.of(2027, 3, 29), DEADLINE));
        assertEquals(Optional.empty(), schedule.dueOn(LocalDate.of(2027, 3, 25), DEADLINE));
        assertEquals(Optional.empty(), schedule.dueOn(LocalDate.of(2027, 4, 7), DEADLINE), "none after the deadline");
        assertEquals(Optional.of(0), new ReminderSchedule(List.of(0)).dueOn(DEADLINE, DEADLINE));
    }

    @Test
    void daysAreKeptOnceLatestFirstAndStoredAsTheyRead() {
        ReminderSchedule schedule = new ReminderSchedule(List.of(2, 10, 2));

        assertEquals(List.of(10, 2), schedule.daysBefore());
        assertEquals("10,2", schedule.stored());
        assertEquals(schedule, ReminderSchedule.fromStored("10,2"));
        assertTrue(ReminderSchedule.fromStored("").daysBefore().isEmpty(), "no reminders is a schedule too");
    }

    @Test
    void absurdSchedulesAreRefusedWithTheLimits() {
        InvalidOrderException far = assertThrows(InvalidOrderException.class, () -> new ReminderSchedule(List.of(61)));
        assertTrue(far.getMessage().contains("60"), far.getMessage());
        assertThrows(InvalidOrderException.class, () -> new ReminderSchedule(List.of(-1)));
        assertThrows(InvalidOrderException.class, () -> new ReminderSchedule(Arrays.asList(3, null)));
        assertThrows(InvalidOrderException.class, () -> new ReminderSchedule(List.of(1, 2, 3, 4, 5, 6)));
    }
}
