package org.headshots.interfaces.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.headshots.application.retention.RetentionSweep;
import org.headshots.domain.retention.DataOwner;

/** Erases the chunk's people's expired data, and counts it for the IT page, in the chunk's transaction. */
@Named
@Dependent
public class ExpiredDataEraser extends AbstractItemWriter {

    @Inject
    RetentionSweep sweep;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            sweep.eraseAndCount((DataOwner) item, job.getExecutionId());
        }
    }
}
