package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.headshots.application.OrderService;
import org.headshots.application.OrderSummary;
import org.headshots.application.PlaceOrder;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

@Path("/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORG_ADMIN)
public class OrdersResource {

    @Inject
    OrderService orders;

    @Inject
    CurrentUser user;

    @GET
    public List<OrderSummary> list() {
        return orders.listOrders();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(NewOrderJson body) {
        if (body == null) {
            return new ApiError("INVALID_REQUEST", "Send {\"name\", \"department\", \"deadline\"}").toResponse(400);
        }
        LocalDate deadline;
        try {
            deadline = body.deadline() == null ? null : LocalDate.parse(body.deadline());
        } catch (DateTimeParseException e) {
            return new ApiError("INVALID_REQUEST", "The deadline '" + body.deadline()
                    + "' is not a date like 2027-03-31").toResponse(400);
        }
        HeadshotPlan plan = HeadshotPlan.of(body.headshotsPerPerson(), body.styles(), body.brandColour(),
                body.remakesPerPerson());
        OrderSummary placed = orders.placeOrder(new PlaceOrder(body.name(), body.department(), deadline, plan),
                user.username());
        return Response.created(URI.create("orders/" + placed.id())).entity(placed).build();
    }

    public record NewOrderJson(String name, String department, String deadline, Integer headshotsPerPerson,
            List<String> styles, String brandColour, Integer remakesPerPerson) {
    }
}
