package org.headshots.application;

import java.time.LocalDate;
import org.headshots.domain.order.HeadshotPlan;

/** What an org admin asks for when ordering headshots for a department. */
public record PlaceOrder(String name, String department, LocalDate deadline, HeadshotPlan plan) {

    public PlaceOrder(String name, String department, LocalDate deadline) {
        this(name, department, deadline, HeadshotPlan.standard());
    }
}
