package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.headshots.application.run.RunService;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/** The headshot runs of the org admin's organisation, with progress; a failed one can be retried. */
@Path("/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORG_ADMIN)
public class RunsResource {

    @Inject
    RunService runs;

    @Inject
    CurrentUser user;

    @GET
    public List<RunJson> ofMyOrganisation() {
        return runs.runsOf(user.organisation()).stream().map(RunJson::of).toList();
    }

    @POST
    @Path("/{id}/retry")
    public RunJson retry(@PathParam("id") long id) {
        return RunJson.of(runs.retry(id, user.username(), user.organisation(), true));
    }
}
