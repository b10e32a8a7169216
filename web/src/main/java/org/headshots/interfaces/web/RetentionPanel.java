package org.headshots.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.headshots.application.retention.RetentionSweep;
import org.headshots.domain.retention.RetentionTally;
import org.headshots.interfaces.batch.BatchJobs;
import org.headshots.interfaces.batch.JobView;
import org.headshots.interfaces.security.CurrentUser;

/** The IT page's retention panel: the last sweep, what recent sweeps erased per organisation, a sweep now. */
@Named
@RequestScoped
public class RetentionPanel {

    @Inject
    BatchJobs jobs;

    @Inject
    RetentionSweep sweep;

    @Inject
    CurrentUser user;

    public JobView getLatest() {
        return jobs.latest(BatchJobs.RETENTION_SWEEP).orElse(null);
    }

    public List<RetentionTally> getTallies() {
        return sweep.recentTallies(14);
    }

    public void sweepNow() {
        long id = jobs.startRetentionSweep(user.username().value());
        Messages.info("Retention sweep running", "Job " + id + " erases what has outlived its retention");
    }
}
