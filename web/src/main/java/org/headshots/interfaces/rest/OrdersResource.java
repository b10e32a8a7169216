package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.headshots.application.SyncResult;
import org.headshots.application.mail.MailView;
import org.headshots.domain.order.Audience;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.OrderName;
import org.headshots.domain.order.ReminderSchedule;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.Username;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/** The org admin's orders: those of their own organisation only. */
@Path("/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORG_ADMIN)
public class OrdersResource {

    private static final Set<String> FIELDS = Set.of(
            "name",
            "department",
            "departments",
            "people",
            "deadline",
            "headshotsPerPerson",
            "styles",
            "brandColour",
            "remakesPerPerson",
            "draft",
            "reminderDays");
    private static final Set<String> CHANGES = Set.of("name", "deadline", "reminderDays");
    private static final String EXAMPLE =
            "{\"name\": \"Sales 2027\", \"department\": \"Sales\", \"deadline\":" + " \"2027-03-31\"}";

    static final int MAX_PEOPLE = 10_000;

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
        String department = json.text("department", Department.MAX_LENGTH);
        List<String> departments = json.texts("departments", Audience.MAX_DEPARTMENTS, Department.MAX_LENGTH);
        if (department != null && departments != null) {
            throw new InvalidRequestException("Give either 'department' or 'departments', not both");
        }
        List<String> people = json.texts("people", Audience.MAX_PEOPLE, Username.MAX_LENGTH);
        PlaceOrder order = new PlaceOrder(
                json.text("name", OrderName.MAX_LENGTH),
                department != null ? java.util.Collections.singletonList(department) : departments,
                people,
                json.date("deadline"),
                json.integer("headshotsPerPerson", 1, HeadshotPlan.MAX_HEADSHOTS),
                json.texts("styles", PlaceOrder.MAX_STYLES, 64),
                json.text("brandColour", 7),
                json.integer("remakesPerPerson", 0, HeadshotPlan.MAX_REMAKES),
                json.flag("draft", false),
                json.integers("reminderDays", ReminderSchedule.MAX_REMINDERS, 0, ReminderSchedule.MAX_DAYS));
        OrderSummary placed = orders.placeOrder(order, user.username(), user.organisation());
        return Response.created(URI.create("orders/" + placed.id()))
                .entity(placed)
                .build();
    }

    /** User names as given in a request's 'people'; an element that is no text (or too long) is refused. */
    static List<Username> usernames(List<String> people) {
        return people.stream()
                .map(person -> {
                    if (person == null) {
                        throw new InvalidRequestException("'people' lists user names, as text");
                    }
                    return new Username(person);
                })
                .toList();
    }

    /** Renames the order or moves its deadline: {"name"} and/or {"deadline"}. */
    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrderSummary change(@PathParam("id") long id, JsonValue body) {
        JsonBody json = JsonBody.of(body, CHANGES, "{\"deadline\": \"2027-04-30\"}");
        return orders.update(
                user.organisation(),
                id,
                json.text("name", OrderName.MAX_LENGTH),
                json.date("deadline"),
                json.integers("reminderDays", ReminderSchedule.MAX_REMINDERS, 0, ReminderSchedule.MAX_DAYS),
                user.username());
    }

    /** Opens a draft: its people are invited and see it. */
    @POST
    @Path("/{id}/open")
    public OrderSummary open(@PathParam("id") long id) {
        return orders.open(user.organisation(), id, user.username());
    }

    /**
     * Reminds people of the order now: {"people": ["erin", …]}, or everyone who has not finished without a
     * body. 202: the mails are queued and go out within seconds (GET …/mails says how each went).
     */
    @POST
    @Path("/{id}/remind")
    public Response remind(@PathParam("id") long id, String body) {
        List<String> people = body == null || body.isBlank()
                ? null
                : JsonBody.of(JsonBody.parse(body), Set.of("people"), "{\"people\": [\"erin\"]}")
                        .texts("people", MAX_PEOPLE, Username.MAX_LENGTH);
        List<Username> usernames = people == null ? List.of() : usernames(people);
        int queued = orders.remind(user.organisation(), id, usernames, user.username());
        return Response.accepted(java.util.Map.of("queued", queued)).build();
    }

    /**
     * Brings the order's people in step with its department in Keycloak now (the schedule does it every ten
     * minutes): who joined gets a seat and an invitation, who left is taken out with their photos of the order.
     */
    @POST
    @Path("/{id}/sync")
    public SyncResult sync(@PathParam("id") long id) {
        return orders.sync(user.organisation(), id, user.username());
    }

    /** The order's invitations and reminders, newest first: to whom, when, and what the mail server said. */
    @GET
    @Path("/{id}/mails")
    public List<MailView> mails(@PathParam("id") long id) {
        return orders.mailsOf(user.organisation(), id);
    }

    /** Closes an open order: the favourites are final. */
    @POST
    @Path("/{id}/close")
    public OrderSummary close(@PathParam("id") long id) {
        return orders.close(user.organisation(), id, user.username());
    }
}
