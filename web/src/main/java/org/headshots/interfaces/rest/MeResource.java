package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.headshots.application.OrderService;
import org.headshots.application.SeatSummary;
import org.headshots.application.erasure.ErasedPerson;
import org.headshots.application.erasure.PersonalDataErasure;
import org.headshots.application.erasure.PersonalDataExport;
import org.headshots.application.erasure.PersonalDataZip;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;
import org.headshots.interfaces.web.Attachment;

/** What belongs to the caller. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    OrderService orders;

    @Inject
    CurrentUser user;

    @Inject
    PersonalDataExport export;

    @Inject
    PersonalDataErasure erasure;

    /** Everything kept of the caller as one ZIP: their photos, and the rest as your-data.json. */
    @GET
    @Path("/data.zip")
    @Produces({Attachment.ZIP, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.EMPLOYEE)
    public Response data() {
        PersonalDataZip zip = export.prepare(user.username(), user.organisation());
        StreamingOutput body = zip::writeTo;
        return Response.ok(body, Attachment.ZIP)
                .header("Content-Disposition", Attachment.disposition(zip.fileName()))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Erases everything kept of the caller; {@code ?confirm=true} says they mean it, as it cannot be undone. */
    @DELETE
    @Path("/data")
    @RolesAllowed(Roles.EMPLOYEE)
    public ErasedPerson erase(@QueryParam("confirm") String confirm) {
        if (!"true".equals(confirm)) {
            throw new InvalidRequestException("Erasing all your data cannot be undone: send ?confirm=true to go on");
        }
        return erasure.eraseOwn(user.username(), user.organisation());
    }

    @GET
    @Path("/seats")
    @RolesAllowed(Roles.EMPLOYEE)
    public List<SeatSummary> seats() {
        return orders.seatsOf(user.username());
    }
}
