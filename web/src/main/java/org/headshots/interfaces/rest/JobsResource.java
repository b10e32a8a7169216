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
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.headshots.interfaces.batch.BatchJobs;
import org.headshots.interfaces.security.Roles;

@Path("/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.IT_ADMIN)
public class JobsResource {

    @Inject
    BatchJobs jobs;

    /** 202 with the started job's id, and where to watch it. */
    static Response started(long jobId, UriInfo uri) {
        return Response.accepted(Map.of("jobId", jobId))
                .location(uri.getBaseUriBuilder()
                        .path(JobsResource.class)
                        .path(Long.toString(jobId))
                        .build())
                .build();
    }

    @GET
    @Path("/{jobId}")
    public Response job(@PathParam("jobId") long jobId) {
        return jobs.find(jobId)
                .map(job -> Response.ok(job).build())
                .orElseGet(() -> new ApiError("NOT_FOUND", "There is no job " + jobId).toResponse(404));
    }
}
