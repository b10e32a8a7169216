package org.headshots.interfaces.web;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.headshots.application.OrderService;
import org.headshots.application.SeatSummary;
import org.headshots.application.gallery.FavouriteLockedException;
import org.headshots.application.gallery.FavouriteView;
import org.headshots.application.gallery.GalleryService;
import org.headshots.application.gallery.HeadshotView;
import org.headshots.application.run.RunService;
import org.headshots.application.run.RunView;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.run.RemakeNotAllowedException;
import org.headshots.interfaces.security.CurrentUser;

/**
 * The employee's gallery of one seat ({@code ?order=}; a person with seats in two orders switches between
 * them): headshots best first, the favourite, remakes; progress arrives over WebSocket.
 */
@Named
@ViewScoped
public class GalleryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GalleryService gallery;

    @Inject
    RunService runs;

    @Inject
    CurrentUser user;

    @Inject
    OrderService orders;

    private Long order;
    private List<SeatSummary> seats = List.of();
    private List<HeadshotView> headshots;
    private Long favourite;
    private List<RunView> myRuns;

    /** The seat of ?order=, or the newest one the person has headshots of, or their newest seat. */
    public void load() {
        seats = orders.seatsOf(user.username());
        myRuns = runs.runsOf(user.username());
        if (order == null || seats.stream().noneMatch(seat -> seat.orderId() == order)) {
            order = myRuns.stream()
                    .map(RunView::order)
                    .filter(made -> seats.stream().anyMatch(seat -> seat.orderId() == made))
                    .findFirst()
                    .orElse(seats.isEmpty() ? null : seats.get(0).orderId());
        }
        headshots = order == null ? List.of() : gallery.gallery(user.username(), order);
        favourite = order == null
                ? null
                : gallery.favourite(user.username(), order)
                        .map(FavouriteView::headshotId)
                        .orElse(null);
    }

    /** Called by the page when the progress channel says a run moved on. */
    public void refresh() {
        load();
    }

    public void choose(long id) {
        try {
            gallery.choose(user.username(), id);
            Messages.info("Favourite chosen", "You can download it below, or change your mind until the order closes.");
        } catch (FavouriteLockedException e) {
            Messages.error("The favourite cannot change", e.getMessage());
        } catch (EJBException e) {
            Messages.error("The favourite was not saved", "Try again; if it keeps failing, tell your admin.");
        }
        load();
    }

    public void remake() {
        try {
            if (order == null) {
                throw new RemakeNotAllowedException("You hold no seat in an order, so there is nothing to remake");
            }
            RunView run = runs.remake(user.username(), new OrderId(order));
            Messages.info("Remake asked for", "Run " + run.run() + " is queued; your headshots so far stay here.");
        } catch (RemakeNotAllowedException e) {
            Messages.error("No remake", e.getMessage());
        }
        load();
    }

    public Long getOrder() {
        return order;
    }

    public void setOrder(Long order) {
        this.order = order;
    }

    /** The name of the order whose headshots the page shows. */
    public String getOrderName() {
        return seats.stream()
                .filter(seat -> order != null && seat.orderId() == order)
                .map(SeatSummary::orderName)
                .findFirst()
                .orElse("");
    }

    /** The person's seats, to switch between their galleries. */
    public List<SeatSummary> getSeats() {
        return seats;
    }

    public List<HeadshotView> getHeadshots() {
        return headshots;
    }

    public Long getFavourite() {
        return favourite;
    }

    public boolean isFavourite(long id) {
        return favourite != null && favourite == id;
    }

    public HeadshotView getFavouriteHeadshot() {
        return favourite == null
                ? null
                : headshots.stream()
                        .filter(h -> h.id() == favourite)
                        .findFirst()
                        .orElse(null);
    }

    public List<RunView> getRuns() {
        return myRuns;
    }
}
