package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
    public Response choose(FavouriteJson body) {
        if (body == null || body.headshotId() == null) {
            return new ApiError("INVALID_REQUEST", "Send {\"headshotId\": N}").toResponse(400);
        }
        return Response.ok(gallery.choose(user.username(), body.headshotId())).build();
    }

    public record FavouriteJson(Long headshotId) {}
}
