package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.headshots.application.OrderService;
import org.headshots.application.OrderSummary;
import org.headshots.application.PlaceOrder;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.OrderName;
import org.headshots.domain.people.Department;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/** The org admin's orders: those of their own organisation only. */
@Path("/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORG_ADMIN)
public class OrdersResource {

    private static final Set<String> FIELDS = Set.of("name", "department", "deadline", "headshotsPerPerson", "styles",
            "brandColour", "remakesPerPerson");
    private static final String EXAMPLE = "{\"name\": \"Sales 2027\", \"department\": \"Sales\", \"deadline\":"
            + " \"2027-03-31\"}";

    @Inject
    OrderService orders;

    @Inject
    CurrentUser user;

    @GET
    public List<OrderSummary> list() {
        return orders.listOrders(user.organisation());
    }

    @GET
    @Path("/{id}")
    public OrderSummary one(@PathParam("id") long id) {
        return orders.order(user.organisation(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(JsonValue body) {
        JsonBody json = JsonBody.of(body, FIELDS, EXAMPLE);
        PlaceOrder order = new PlaceOrder(json.text("name", OrderName.MAX_LENGTH),
                json.text("department", Department.MAX_LENGTH), json.date("deadline"),
                json.integer("headshotsPerPerson", 1, HeadshotPlan.MAX_HEADSHOTS),
                json.texts("styles", PlaceOrder.MAX_STYLES, 64), json.text("brandColour", 7),
                json.integer("remakesPerPerson", 0, HeadshotPlan.MAX_REMAKES));
        OrderSummary placed = orders.placeOrder(order, user.username(), user.organisation());
        return Response.created(URI.create("orders/" + placed.id())).entity(placed).build();
    }
}
