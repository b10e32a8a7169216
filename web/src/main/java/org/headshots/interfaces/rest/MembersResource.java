package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.headshots.application.MemberPage;
import org.headshots.application.MemberRow;
import org.headshots.application.MemberService;
import org.headshots.application.OrderService;
import org.headshots.application.erasure.ErasedPerson;
import org.headshots.application.erasure.PersonalDataErasure;
import org.headshots.domain.order.Audience;
import org.headshots.domain.order.MemberQuery;
import org.headshots.domain.order.MemberState;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.NewMember;
import org.headshots.domain.people.Username;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/** The members of one of the org admin's orders: paged, searched, sorted, counted by state, and acted on. */
@Path("/orders/{id}/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORG_ADMIN)
public class MembersResource {

    private static final int MAX_NEW_PEOPLE = 200;
    private static final String ADD_EXAMPLE = "{\"people\": [\"erin\"], \"newPeople\": [{\"email\":"
            + " \"nina.new@example.com\", \"firstName\": \"Nina\", \"lastName\": \"New\", \"department\": \"Design\"}]}";

    @Inject
    MemberService members;

    @Inject
    OrderService orders;

    @Inject
    CurrentUser user;

    @Inject
    PersonalDataErasure erasure;

    /**
     * {@code ?first=0&max=50&search=…&state=MAKING&state=DONE&sort=name|email|department|state&order=asc|desc}
     */
    @GET
    public MemberPage list(
            @PathParam("id") long id,
            @QueryParam("first") String first,
            @QueryParam("max") String max,
            @QueryParam("search") String search,
            @QueryParam("state") List<String> states,
            @QueryParam("sort") String sort,
            @QueryParam("order") String order) {
        return members.members(
                user.organisation(),
                id,
                new MemberQuery(
                        search,
                        states(states),
                        sort(sort),
                        !"desc".equalsIgnoreCase(order),
                        number("first", first, 0, 0, Integer.MAX_VALUE),
                        number("max", max, 50, 1, MemberQuery.MAX_PAGE)));
    }

    /**
     * Adds people: {"people": ["erin", …]} picked by name, and/or {"newPeople": [{"email", "firstName",
     * "lastName", "department"}]} not in the directory yet (Keycloak makes their account and mails them how to
     * set a password). Each gets a seat (and, in an open order, an invitation) that stays whatever their
     * department does. 200 {"added": [who got a new seat]}; 422 UNKNOWN_PERSON naming those who are not
     * members; 409 PERSON_ELSEWHERE for an address whose account belongs elsewhere.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, List<String>> add(@PathParam("id") long id, JsonValue body) {
        JsonBody json = JsonBody.of(body, Set.of("people", "newPeople"), ADD_EXAMPLE);
        List<String> people = json.texts("people", Audience.MAX_PEOPLE, Username.MAX_LENGTH);
        List<NewMember> newPeople = json.objects("newPeople", MAX_NEW_PEOPLE).stream()
                .map(person -> {
                    JsonBody fields =
                            JsonBody.of(person, Set.of("email", "firstName", "lastName", "department"), ADD_EXAMPLE);
                    String department = fields.text("department", Department.MAX_LENGTH);
                    return new NewMember(
                            fields.text("email", NewMember.MAX_EMAIL),
                            fields.text("firstName", NewMember.MAX_NAME),
                            fields.text("lastName", NewMember.MAX_NAME),
                            Optional.ofNullable(department).map(Department::new));
                })
                .toList();
        return Map.of(
                "added",
                orders.addPeople(
                        user.organisation(),
                        id,
                        people == null ? List.of() : OrdersResource.usernames(people),
                        newPeople,
                        user.username()));
    }

    @GET
    @Path("/{username}")
    public MemberRow one(@PathParam("id") long id, @PathParam("username") String username) {
        return members.member(user.organisation(), id, username);
    }

    @POST
    @Path("/{username}/remind")
    public Response remind(@PathParam("id") long id, @PathParam("username") String username) {
        members.member(user.organisation(), id, username);
        int queued = orders.remind(user.organisation(), id, List.of(new Username(username)), user.username());
        return Response.accepted(Map.of("queued", queued)).build();
    }

    /** One more remake for the person, on top of the order's. */
    @POST
    @Path("/{username}/remakes")
    public MemberRow grantRemake(@PathParam("id") long id, @PathParam("username") String username) {
        return members.grantRemake(user.organisation(), id, username, user.username());
    }

    /** {"handled": true} marks the person as dealt with; false takes the mark away. */
    @PUT
    @Path("/{username}/handled")
    @Consumes(MediaType.APPLICATION_JSON)
    public MemberRow handled(@PathParam("id") long id, @PathParam("username") String username, JsonValue body) {
        JsonBody json = JsonBody.of(body, Set.of("handled"), "{\"handled\": true}");
        return members.markHandled(user.organisation(), id, username, json.flag("handled", true), user.username());
    }

    /** Takes the person out of the order: the headshots made for it are deleted (and their selfies, when no other seat is left). */
    @DELETE
    @Path("/{username}")
    public Response remove(@PathParam("id") long id, @PathParam("username") String username) {
        members.remove(user.organisation(), id, username, user.username());
        return Response.noContent().build();
    }

    /**
     * Removes the person from the organisation's orders and erases all their data (the person left, or asked
     * their admin); the orders they had seats in leave them out from then on.
     */
    @DELETE
    @Path("/{username}/data")
    public ErasedPerson erase(@PathParam("id") long id, @PathParam("username") String username) {
        return erasure.eraseMember(user.organisation(), id, username, user.username());
    }

    private static Set<MemberState> states(List<String> names) {
        Set<MemberState> states = EnumSet.noneOf(MemberState.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                states.add(MemberState.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(
                        "'" + name + "' is not a state; the states are " + EnumSet.allOf(MemberState.class));
            }
        }
        return states;
    }

    private static MemberQuery.Sort sort(String name) {
        if (name == null || name.isBlank()) {
            return MemberQuery.Sort.NAME;
        }
        try {
            return MemberQuery.Sort.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Sort by name, email, department or state, not '" + name + "'");
        }
    }

    private static int number(String field, String text, int otherwise, int min, int max) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(
                    "'" + field + "' is a whole number from " + min + " to " + max + ", not '" + text + "'");
        }
    }
}
