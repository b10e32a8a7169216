package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Set;
import org.headshots.application.photos.PhotoSizes;
import org.headshots.application.photos.TeamPhotosZip;
import org.headshots.domain.people.Username;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;
import org.headshots.interfaces.web.Attachment;

/** The favourites of an order's members as one ZIP, streamed while it is built; refusals come as JSON. */
@Path("/orders/{id}/photos.zip")
@RequestScoped
@RolesAllowed(Roles.ORG_ADMIN)
public class TeamPhotosResource {

    @Inject
    TeamPhotosZip photos;

    @Inject
    CurrentUser user;

    /** {@code ?sizes=original,1024,profile} (the default: all three) and {@code &people=} to take only some. */
    @GET
    @Produces({Attachment.ZIP, MediaType.APPLICATION_JSON})
    public Response zip(
            @PathParam("id") long id, @QueryParam("sizes") String sizes, @QueryParam("people") List<String> people) {
        PhotoSizes chosen;
        Set<Username> selection;
        try {
            chosen = PhotoSizes.parse(sizes == null ? "original,1024,profile" : sizes);
            selection = TeamPhotosZip.selection(people);
        } catch (IllegalArgumentException | InvalidValueException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        TeamPhotosZip.Prepared zip = photos.prepare(user.organisation(), id, selection, chosen, user.username());
        StreamingOutput body = out -> zip.writeTo(out, (done, total) -> {});
        return Response.ok(body, Attachment.ZIP)
                .header("Content-Disposition", Attachment.disposition(zip.fileName()))
                .build();
    }
}
