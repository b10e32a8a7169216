package org.headshots.application;

import java.time.LocalDate;

/** What an org admin asks for when ordering headshots for a department. */
public record PlaceOrder(String name, String department, LocalDate deadline) {
}
