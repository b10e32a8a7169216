package org.headshots.interfaces.batch;

import java.io.Serializable;

/** Headshot indices {@code from} to {@code to} (exclusive) of one style. */
public record IndexRange(int from, int to) implements Serializable {

    public IndexRange {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("Not a range of indices: " + from + ".." + to);
        }
    }
}
