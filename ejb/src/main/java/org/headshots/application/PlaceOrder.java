package org.headshots.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What an org admin asks for when ordering headshots for departments (or sub-teams) and people picked by name,
 * as they gave it: what they left out ({@code null}) is the standard plan's (and reminders 7 and 2 days before
 * the deadline). A draft is opened later; any other order is open at once, and its people are invited.
 */
public record PlaceOrder(
        String name,
        List<String> departments,
        List<String> people,
        LocalDate deadline,
        Integer headshotsPerPerson,
        List<String> styles,
        String brandColour,
        Integer remakesPerPerson,
        boolean draft,
        List<Integer> reminderDays) {

    /** More styles than any fleet offers: a longer list is a mistake, refused before it is looked at. */
    public static final int MAX_STYLES = 32;
}
