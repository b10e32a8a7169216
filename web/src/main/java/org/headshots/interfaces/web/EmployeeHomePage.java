package org.headshots.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.headshots.application.ConsentService;
import org.headshots.application.OrderService;
import org.headshots.application.SeatSummary;
import org.headshots.interfaces.security.CurrentUser;

/** An employee's start page: the orders they are invited to, and whether they still need to give consent. */
@Named
@RequestScoped
public class EmployeeHomePage {

    @Inject
    OrderService orderService;

    @Inject
    ConsentService consentService;

    @Inject
    CurrentUser user;

    private List<SeatSummary> seats;
    private boolean consentGiven;

    @PostConstruct
    void load() {
        seats = orderService.seatsOf(user.username());
        consentGiven = consentService.statusOf(user.username()).accepted();
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public List<SeatSummary> getSeats() {
        return seats;
    }
}
