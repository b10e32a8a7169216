package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.headshots.application.selfie.SelfieService;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/** What an organisation's admin sees of its people's selfies: thumbnails, of their own organisation only. */
@Path("/selfies")
@RequestScoped
@RolesAllowed(Roles.ORG_ADMIN)
public class TeamSelfiesResource {

    @Inject
    SelfieService selfies;

    @Inject
    CurrentUser user;

    @GET
    @Path("/{id}/thumbnail")
    @Produces("image/jpeg")
    public byte[] thumbnail(@PathParam("id") long id) {
        return selfies.thumbnailForAdmin(user.username(), user.organisation(), id);
    }
}
