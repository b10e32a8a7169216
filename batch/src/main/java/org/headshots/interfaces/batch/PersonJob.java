package org.headshots.interfaces.batch;

import java.io.Serializable;

/** One of a person's headshot jobs: where it stands, its stage, and how many headshots it makes. */
public record PersonJob(JobView job, String stage, int headshots) implements Serializable {
}
