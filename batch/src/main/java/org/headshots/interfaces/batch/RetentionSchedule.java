package org.headshots.interfaces.batch;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.util.logging.Logger;

/** Every night at 03:15 (the server's time), starts the retention sweep (retention-sweep.xml). */
@Singleton
@Startup
@DependsOn("headshots-ejb.jar#DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    BatchJobs jobs;

    @Inject
    ScheduledRounds rounds;

    @PostConstruct
    void schedule() {
        rounds.dailyAt("Starting the retention sweep", LocalTime.of(3, 15), Duration.ofMinutes(10), this::sweep);
    }

    private void sweep() {
        long execution = jobs.startRetentionSweep("schedule");
        LOG.info(() -> "Retention sweep running as job execution " + execution);
    }
}
