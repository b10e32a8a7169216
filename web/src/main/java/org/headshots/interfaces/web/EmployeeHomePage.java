package org.headshots.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.headshots.application.ConsentService;
import org.headshots.application.OrderService;
import org.headshots.application.SeatSummary;
import org.headshots.domain.people.DirectoryUnavailableException;
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
    private String departmentNames = "";

    @PostConstruct
    void load() {
        seats = orderService.seatsOf(user.username());
        consentGiven = consentService.statusOf(user.username()).accepted();
        if (user.isInAnOrganisation()) {
            try {
                departmentNames = user.organisation().alias() + ": "
                        + String.join(", ", orderService.departmentsOf(user.organisation(), user.username()));
            } catch (DirectoryUnavailableException e) {
                departmentNames = user.organisation().alias();
            }
        }
    }

    /** The caller's organisation and the departments and sub-teams they belong to. */
    public String getDepartmentNames() {
        return departmentNames;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public List<SeatSummary> getSeats() {
        return seats;
    }
}
