package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.headshots.application.join.JoinLinkView;
import org.headshots.application.join.JoinLinks;
import org.headshots.domain.order.JoinLink;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/**
 * The join links of one of the org admin's orders: made, listed and revoked. People of the organisation's
 * e-mail domains join the order with one on its page, without an account beforehand.
 */
@Path("/orders/{id}/join-links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORG_ADMIN)
public class JoinLinksResource {

    @Inject
    JoinLinks links;

    @Inject
    CurrentUser user;

    @GET
    public List<JoinLinkView> list(@PathParam("id") long id) {
        return links.of(user.organisation(), id);
    }

    /** {"days": 14, "maxUses": 50} (the defaults, also for no body): 201 with the link to share. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") long id, String body) {
        JsonBody json = JsonBody.of(
                body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : JsonBody.parse(body),
                Set.of("days", "maxUses"),
                "{\"days\": 14, \"maxUses\": 50}");
        Integer days = json.integer("days", 1, (int) JoinLink.LONGEST.toDays());
        Integer maxUses = json.integer("maxUses", 1, JoinLink.MAX_USES);
        JoinLinkView link = links.create(
                user.organisation(),
                id,
                Duration.ofDays(days == null ? 14 : days),
                maxUses == null ? 50 : maxUses,
                user.username());
        return Response.created(URI.create("join-links/" + link.id()))
                .entity(link)
                .build();
    }

    /** Switches the link off for good: 200 with the link, now REVOKED. */
    @DELETE
    @Path("/{linkId}")
    public JoinLinkView revoke(@PathParam("id") long id, @PathParam("linkId") long linkId) {
        return links.revoke(user.organisation(), id, linkId, user.username());
    }
}
