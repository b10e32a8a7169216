package org.headshots.node.application;

import java.util.Objects;
import java.util.Optional;
import org.headshots.node.application.PhotoInspection.Renditions;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.face.PhotoAnalysis;
import org.headshots.node.domain.quality.PhotoQuality;

/** What the node found in one photo; {@code matte} and {@code renditions} only when they were asked for. */
public record PhotoReport(
        PhotoAnalysis analysis,
        PhotoQuality quality,
        AlphaMatte matte,
        Optional<Renditions> renditions,
        WorkTimes times) {

    public PhotoReport {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(renditions, "renditions");
        Objects.requireNonNull(times, "times");
    }

    /** Time spent on the photo, decoding included. */
    public long workNanos() {
        return times.total();
    }
}
