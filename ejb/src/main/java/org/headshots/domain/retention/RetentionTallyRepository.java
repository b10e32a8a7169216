package org.headshots.domain.retention;

import java.time.OffsetDateTime;
import java.util.List;
import org.headshots.domain.people.Organisation;

/** The retention sweep's counts per run and organisation. */
public interface RetentionTallyRepository {

    /** Adds what a run erased in an organisation to its tally, made at the first erasure. */
    void add(long executionId, Organisation organisation, ErasedData erased, OffsetDateTime at);

    /** The tallies of the newest runs' executions, newest first. */
    List<RetentionTally> newest(int executions);
}
