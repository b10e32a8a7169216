package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.headshots.application.gallery.GalleryService;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/**
 * The caller's favourite headshot of a seat: {"headshotId", "orderId"}; a person with seats in two orders
 * chooses one in each.
 */
@Path("/me/favourite")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
public class FavouriteResource {

    private static final String EXAMPLE = "{\"headshotId\": 1234}";

    @Inject
    GalleryService gallery;

    @Inject
    CurrentUser user;

    @GET
    public Response get(@jakarta.ws.rs.QueryParam("order") Long order) {
        return gallery.favourite(user.username(), order)
                .map(favourite -> Response.ok(favourite).build())
                .orElseGet(() -> new ApiError(
                                "NO_FAVOURITE",
                                "No favourite chosen yet" + (order == null ? "" : " for order " + order))
                        .toResponse(404));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response choose(JsonValue body) {
        Long headshot = JsonBody.of(body, Set.of("headshotId"), EXAMPLE).whole("headshotId", 1, Long.MAX_VALUE);
        if (headshot == null) {
            throw new InvalidRequestException("Send " + EXAMPLE + ": the id of one of your headshots");
        }
        return Response.ok(gallery.choose(user.username(), headshot)).build();
    }
}
