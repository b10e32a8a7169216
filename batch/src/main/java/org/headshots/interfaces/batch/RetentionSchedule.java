package org.headshots.interfaces.batch;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.logging.Logger;

/** Every night at 03:15 (the server's time), starts the retention sweep (retention-sweep.xml). */
@Singleton
@Interceptors(TimerKeptAlive.class)
@Startup
@DependsOn("headshots-ejb.jar#DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    BatchJobs jobs;

    @Schedule(hour = "3", minute = "15", persistent = false)
    void sweepEveryNight() {
        long execution = jobs.startRetentionSweep("schedule");
        LOG.info(() -> "Retention sweep running as job execution " + execution);
    }
}
