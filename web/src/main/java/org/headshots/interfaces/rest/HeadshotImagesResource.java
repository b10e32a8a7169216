package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.headshots.application.gallery.GalleryService;
import org.headshots.application.gallery.ImageSize;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/** A headshot's image, for its owner only. */
@Path("/headshots")
@RequestScoped
@RolesAllowed(Roles.EMPLOYEE)
public class HeadshotImagesResource {

    @Inject
    GalleryService gallery;

    @Inject
    CurrentUser user;

    /** {@code size}: original (default), 1024, or 400 (a square profile picture). */
    @GET
    @Path("/{id}/image")
    @Produces("image/jpeg")
    public byte[] image(@PathParam("id") long id, @QueryParam("size") String size) {
        return gallery.image(user.username(), id, ImageSize.parse(size));
    }
}
