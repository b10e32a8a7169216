package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.headshots.application.OrderService;
import org.headshots.application.SeatSummary;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/** What belongs to the caller. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    OrderService orders;

    @Inject
    CurrentUser user;

    @GET
    @Path("/seats")
    @RolesAllowed(Roles.EMPLOYEE)
    public List<SeatSummary> seats() {
        return orders.seatsOf(user.username());
    }
}
