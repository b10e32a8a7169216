package org.headshots.interfaces.batch;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Tells {@link ExecutionsHere} when a job of this server begins and ends, whatever the database can record. */
@Named
@Dependent
public class ExecutionsHereListener implements JobListener {

    @Inject
    JobContext job;

    @Inject
    ExecutionsHere here;

    @Override
    public void beforeJob() {
        here.began(job.getExecutionId());
    }

    @Override
    public void afterJob() {
        here.ended(job.getExecutionId());
    }
}
