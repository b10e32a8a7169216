package org.headshots.domain.run;

/** Where a run of a person's headshots is. */
public enum RunStatus {
    /** Waiting for a free place on the GPU nodes. */
    QUEUED,
    /** Its batch job is building the identity or making the headshots. */
    RUNNING,
    COMPLETED,
    /** Ended with a reason a person can read; it can be retried, and then resumes where it stopped. */
    FAILED
}
