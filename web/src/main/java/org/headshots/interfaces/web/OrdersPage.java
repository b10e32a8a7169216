package org.headshots.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.headshots.application.OrderNotFoundException;
import org.headshots.application.OrderService;
import org.headshots.application.OrderSummary;
import org.headshots.application.PlaceOrder;
import org.headshots.application.UnknownStyleException;
import org.headshots.application.run.RunNotFoundException;
import org.headshots.application.run.RunService;
import org.headshots.application.run.RunView;
import org.headshots.application.settings.SettingsService;
import org.headshots.application.settings.SettingsView;
import org.headshots.application.style.StyleOption;
import org.headshots.application.style.StyleSamples;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.InvalidOrderException;
import org.headshots.domain.order.OrderStateException;
import org.headshots.domain.people.DirectoryUnavailableException;
import org.headshots.domain.people.UnknownDepartmentException;
import org.headshots.domain.people.UnknownOrganisationException;
import org.headshots.domain.people.UnknownPersonException;
import org.headshots.domain.refusal.InvalidValueException;
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
    private List<StyleOption> stylePool;
    private String directoryProblem;
    private String name;
    private List<String> chosenDepartments = new java.util.ArrayList<>();
    private List<String> people = new java.util.ArrayList<>();
    private LocalDate deadline = LocalDate.now().plusWeeks(2);
    private int headshotsPerPerson = HeadshotPlan.standard().headshotsPerPerson();
    private List<String> styles = new java.util.ArrayList<>(HeadshotPlan.DEFAULT_STYLES);
    private String brandColour;
    private int remakesPerPerson = HeadshotPlan.standard().remakesPerPerson();
    private boolean draft;

    @Inject
    RunService runs;

    @Inject
    SettingsService settings;

    @Inject
    StyleSamples styleSamples;

    @PostConstruct
    void load() {
        orders = orderService.listOrders(user.organisation());
        stylePool = styleSamples.pool();
        SettingsView defaults = settings.of(user.organisation());
        headshotsPerPerson = defaults.defaultHeadshots();
        remakesPerPerson = defaults.defaultRemakes();
        brandColour = defaults.brandColour();
        try {
            departments = orderService.departments(user.organisation());
        } catch (DirectoryUnavailableException | UnknownOrganisationException e) {
            departments = List.of();
            directoryProblem = e.getMessage();
        }
    }

    public void placeOrder() {
        try {
            OrderSummary placed = orderService.placeOrder(
                    new PlaceOrder(
                            name,
                            chosenDepartments,
                            people,
                            deadline,
                            headshotsPerPerson,
                            styles,
                            brandColour,
                            remakesPerPerson,
                            draft,
                            null),
                    user.username(),
                    user.organisation());
            Messages.info(
                    draft ? "Draft saved" : "Order placed",
                    placed.seats() + " people in "
                            + placed.department() + (draft ? " will be invited to \"" : " are invited to \"")
                            + placed.name()
                            + "\"" + (draft ? " when you open it" : ""));
            orders = orderService.listOrders(user.organisation());
            name = null;
            chosenDepartments = new java.util.ArrayList<>();
            people = new java.util.ArrayList<>();
        } catch (InvalidOrderException
                | UnknownDepartmentException
                | UnknownPersonException
                | UnknownStyleException
                | DirectoryUnavailableException
                | IllegalArgumentException
                | InvalidValueException e) {
            Messages.error("The order was not placed", e.getMessage());
        } catch (jakarta.ejb.EJBException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            Messages.error("The order was not placed", cause.getMessage());
        }
    }

    /** Opens the draft named by the request parameter "order". */
    public void open() {
        change("Order opened", id -> orderService.open(user.organisation(), id, user.username()));
    }

    /** Closes the open order named by the request parameter "order". */
    public void close() {
        change("Order closed", id -> orderService.close(user.organisation(), id, user.username()));
    }

    private void change(String done, java.util.function.LongFunction<OrderSummary> change) {
        String id = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("order");
        try {
            OrderSummary order = change.apply(Long.parseLong(id));
            Messages.info(done, "\"" + order.name() + "\" is " + order.status().toLowerCase() + " now");
        } catch (OrderStateException | OrderNotFoundException | IllegalArgumentException | InvalidValueException e) {
            Messages.error("Not changed", e.getMessage());
        }
        orders = orderService.listOrders(user.organisation());
    }

    public boolean isDraft() {
        return draft;
    }

    public void setDraft(boolean draft) {
        this.draft = draft;
    }

    /** Called by the progress panel's retry button. */
    public void retry() {
        String id = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("run");
        try {
            RunView run = runs.retry(Long.parseLong(id), user.username(), user.organisation(), true);
            Messages.info(
                    "Retrying",
                    "Run " + run.run() + " of " + run.owner() + " is queued again; it resumes where it stopped.");
        } catch (RunNotFoundException | IllegalArgumentException | InvalidValueException e) {
            Messages.error("Not retried", e.getMessage());
        }
    }

    /** The styles the GPU nodes can make, each with its sample picture when it has one. */
    public List<StyleOption> getStylePool() {
        return stylePool;
    }

    /** An order's styles, as people read a list. */
    public String stylesOf(OrderSummary order) {
        return String.join(", ", order.styles());
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

    public int getHeadshotsPerPerson() {
        return headshotsPerPerson;
    }

    public void setHeadshotsPerPerson(int headshotsPerPerson) {
        this.headshotsPerPerson = headshotsPerPerson;
    }

    public List<String> getStyles() {
        return styles;
    }

    public void setStyles(List<String> styles) {
        this.styles = styles;
    }

    public String getBrandColour() {
        return brandColour;
    }

    public void setBrandColour(String brandColour) {
        this.brandColour = brandColour;
    }

    public int getRemakesPerPerson() {
        return remakesPerPerson;
    }

    public void setRemakesPerPerson(int remakesPerPerson) {
        this.remakesPerPerson = remakesPerPerson;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getChosenDepartments() {
        return chosenDepartments;
    }

    public void setChosenDepartments(List<String> chosenDepartments) {
        this.chosenDepartments = chosenDepartments;
    }

    public List<String> getPeople() {
        return people;
    }

    public void setPeople(List<String> people) {
        this.people = people;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
