package org.headshots.interfaces.batch;

import java.io.Serializable;
import java.util.List;
import org.headshots.gpu.api.GeneratedHeadshot;

/** A range of headshots as a node made them, and how long the step waited for them. */
record MadeRange(List<GeneratedHeadshot> headshots, long callMillis) implements Serializable {

    MadeRange {
        headshots = List.copyOf(headshots);
    }
}
