package org.headshots.interfaces.batch;

import jakarta.batch.runtime.BatchStatus;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;

/** A batch job execution as people see it: status, times and the readable outcome. */
public record JobView(
        long id, String name, BatchStatus status, OffsetDateTime startedAt, OffsetDateTime endedAt, String message)
        implements Serializable {

    /** Completed, failed, stopped or abandoned: it will not run on by itself. */
    public boolean finished() {
        return isFinal(status);
    }

    /** Whether a job in this status has ended. */
    static boolean isFinal(BatchStatus status) {
        return status == BatchStatus.COMPLETED
                || status == BatchStatus.FAILED
                || status == BatchStatus.STOPPED
                || status == BatchStatus.ABANDONED;
    }

    public boolean completed() {
        return status == BatchStatus.COMPLETED;
    }

    /** Null while the job has not started. */
    public Duration duration() {
        if (startedAt == null) {
            return null;
        }
        return Duration.between(startedAt, endedAt != null ? endedAt : OffsetDateTime.now());
    }
}
