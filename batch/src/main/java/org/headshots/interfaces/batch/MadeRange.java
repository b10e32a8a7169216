package org.headshots.interfaces.batch;

import java.io.Serializable;
import java.util.List;
import org.headshots.application.fleet.MadeHeadshot;

/** A range of headshots as a node made them, and how long the step waited for them. */
record MadeRange(List<MadeHeadshot> headshots, long callMillis) implements Serializable {

    MadeRange {
        headshots = List.copyOf(headshots);
    }
}
