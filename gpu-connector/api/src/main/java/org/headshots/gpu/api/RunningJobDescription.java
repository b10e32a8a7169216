package org.headshots.gpu.api;

import java.io.Serializable;
import java.time.Duration;

/** A job a node is running now; {@code total} is 0 when the job does not count its items. */
public record RunningJobDescription(String jobKey, String kind, Duration running, int done, int total)
        implements Serializable {}
