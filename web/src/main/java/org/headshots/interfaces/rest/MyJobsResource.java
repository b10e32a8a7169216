package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.headshots.application.gallery.GalleryService;
import org.headshots.interfaces.batch.BatchJobs;
import org.headshots.interfaces.batch.PersonJob;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/** The caller's headshot jobs with their progress: stage, and headshots made of those ordered. */
@Path("/me/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
public class MyJobsResource {

    @Inject
    BatchJobs jobs;

    @Inject
    GalleryService gallery;

    @Inject
    CurrentUser user;

    @GET
    public List<JobJson> mine() {
        int made = gallery.gallery(user.username()).size();
        return jobs.headshotJobsOf(user.username().value()).stream().map(job -> JobJson.of(job, made)).toList();
    }

    public record JobJson(long id, String status, String stage, int done, int total, String startedAt,
            String endedAt, String message) {

        static JobJson of(PersonJob job, int made) {
            return new JobJson(job.job().id(), job.job().status(), job.stage(), Math.min(made, job.headshots()),
                    job.headshots(), String.valueOf(job.job().startedAt()),
                    job.job().endedAt() == null ? null : job.job().endedAt().toString(), job.job().message());
        }
    }
}
