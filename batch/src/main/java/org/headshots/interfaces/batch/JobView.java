package org.headshots.interfaces.batch;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;

/** A batch job execution as people see it: status name, times and the readable outcome. */
public record JobView(long id, String name, String status, OffsetDateTime startedAt, OffsetDateTime endedAt,
                      String message) implements Serializable {

    public boolean finished() {
        return endedAt != null;
    }

    /** Null while the job has not started. */
    public Duration duration() {
        if (startedAt == null) {
            return null;
        }
        return Duration.between(startedAt, endedAt != null ? endedAt : OffsetDateTime.now());
    }
}
