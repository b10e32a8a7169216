package org.headshots.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.headshots.application.OrderService;
import org.headshots.application.OrderSummary;
import org.headshots.application.PlaceOrder;
import org.headshots.domain.order.InvalidOrderException;
import org.headshots.domain.people.DirectoryUnavailableException;
import org.headshots.domain.people.UnknownDepartmentException;
import org.headshots.interfaces.security.CurrentUser;

/** The org admin's dashboard: orders, and a form to order headshots for a department. */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderService orderService;

    @Inject
    CurrentUser user;

    private List<OrderSummary> orders;
    private List<String> departments;
    private String directoryProblem;
    private String name;
    private String department;
    private LocalDate deadline = LocalDate.now().plusWeeks(2);

    @PostConstruct
    void load() {
        orders = orderService.listOrders();
        try {
            departments = orderService.departments();
        } catch (DirectoryUnavailableException e) {
            departments = List.of();
            directoryProblem = e.getMessage();
        }
    }

    public void placeOrder() {
        try {
            OrderSummary placed = orderService.placeOrder(new PlaceOrder(name, department, deadline),
                    user.username());
            Messages.info("Order placed", placed.seats() + " people in " + placed.department()
                    + " are invited to \"" + placed.name() + "\"");
            orders = orderService.listOrders();
            name = null;
        } catch (InvalidOrderException | UnknownDepartmentException | DirectoryUnavailableException
                 | IllegalArgumentException e) {
            Messages.error("The order was not placed", e.getMessage());
        } catch (jakarta.ejb.EJBException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            Messages.error("The order was not placed", cause.getMessage());
        }
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public List<OrderSummary> getOrders() {
        return orders;
    }

    public List<String> getDepartments() {
        return departments;
    }

    public String getDirectoryProblem() {
        return directoryProblem;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
