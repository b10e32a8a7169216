package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.headshots.application.roster.RosterExport;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;
import org.headshots.interfaces.web.Attachment;

/** An order's roster as an Excel workbook, streamed while it is written; refusals come as JSON. */
@Path("/orders/{id}/roster.xlsx")
@RequestScoped
@RolesAllowed(Roles.ORG_ADMIN)
public class RosterResource {

    @Inject
    RosterExport export;

    @Inject
    CurrentUser user;

    @GET
    @Produces({Attachment.XLSX, MediaType.APPLICATION_JSON})
    public Response roster(@PathParam("id") long id) {
        RosterExport.Prepared roster = export.prepare(user.organisation(), id, user.username());
        StreamingOutput body = out -> roster.writeTo(out, (done, total) -> {});
        return Response.ok(body, Attachment.XLSX)
                .header("Content-Disposition", Attachment.disposition(roster.fileName()))
                .build();
    }
}
