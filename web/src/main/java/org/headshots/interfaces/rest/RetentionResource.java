package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import org.headshots.application.retention.RetentionSweep;
import org.headshots.domain.retention.RetentionTally;
import org.headshots.interfaces.batch.BatchJobs;
import org.headshots.interfaces.batch.JobView;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/** The retention sweep for IT: the last one and what the recent ones erased per organisation, and one started now. */
@Path("/retention/sweeps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.IT_ADMIN)
public class RetentionResource {

    /** How many sweeps' tallies are listed. */
    static final int RECENT = 14;

    @Inject
    BatchJobs jobs;

    @Inject
    RetentionSweep sweep;

    @Inject
    CurrentUser user;

    public record SweepsJson(JobView latest, List<TallyJson> tallies) {}

    public record TallyJson(
            long jobId,
            String organisation,
            OffsetDateTime firstAt,
            OffsetDateTime lastAt,
            int people,
            int selfies,
            int faceEmbeddings,
            int headshots) {

        static TallyJson of(RetentionTally tally) {
            return new TallyJson(
                    tally.executionId(),
                    tally.organisation().alias(),
                    tally.firstAt(),
                    tally.lastAt(),
                    tally.erased().people(),
                    tally.erased().selfies(),
                    tally.erased().identities(),
                    tally.erased().headshots());
        }
    }

    @GET
    public SweepsJson sweeps() {
        return new SweepsJson(
                jobs.latest(BatchJobs.RETENTION_SWEEP).orElse(null),
                sweep.recentTallies(RECENT).stream().map(TallyJson::of).toList());
    }

    @POST
    public Response sweepNow(@Context UriInfo uri) {
        return JobsResource.started(jobs.startRetentionSweep(user.username().value()), uri);
    }
}
