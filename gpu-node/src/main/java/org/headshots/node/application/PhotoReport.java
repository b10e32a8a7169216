package org.headshots.node.application;

import java.util.Objects;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.face.PhotoAnalysis;

/** What the node found in one photo; {@code matte} only when it was asked for. */
public record PhotoReport(PhotoAnalysis analysis, AlphaMatte matte, long workNanos) {

    public PhotoReport {
        Objects.requireNonNull(analysis, "analysis");
    }
}
