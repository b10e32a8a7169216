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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.headshots.application.run.RunService;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/**
 * The caller's headshot jobs (runs) with their progress; {@code POST} asks for a remake, and
 * {@code POST /{id}/retry} queues a failed run again.
 */
@Path("/me/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
public class MyJobsResource {

    @Inject
    RunService runs;

    @Inject
    CurrentUser user;

    @GET
    public List<RunJson> mine() {
        return runs.runsOf(user.username()).stream().map(RunJson::of).toList();
    }

    @POST
    public Response remake() {
        return Response.status(201)
                .entity(RunJson.of(runs.remake(user.username())))
                .build();
    }

    @POST
    @Path("/{id}/retry")
    public RunJson retry(@PathParam("id") long id) {
        return RunJson.of(runs.retry(id, user.username(), user.organisation(), false));
    }
}
