package org.headshots.application.run;

import java.time.OffsetDateTime;
import org.headshots.domain.run.HeadshotRun;
import org.headshots.domain.run.RunTimings;

/** A run as people see it: its stage as words, how many headshots are made of how many, and why it failed. */
public record RunView(
        long id,
        String owner,
        int run,
        String status,
        String stage,
        String stageLabel,
        int made,
        int count,
        String reason,
        OffsetDateTime queuedAt,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        RunTimings timings,
        long order) {

    static RunView of(HeadshotRun run, int made, RunTimings timings) {
        return new RunView(
                run.id(),
                run.owner().value(),
                run.number(),
                run.status().name(),
                run.stage().name(),
                run.stage().label(),
                made,
                run.headshotCount(),
                run.reason().orElse(null),
                run.queuedAt(),
                run.startedAt().orElse(null),
                run.endedAt().orElse(null),
                timings,
                run.order().value());
    }

    /** Per cent done, for a progress bar: the identity build counts as the first tenth. */
    public int percent() {
        return switch (stage) {
            case "WAITING" -> 0;
            case "BUILDING_IDENTITY" -> 5;
            case "DONE" -> 100;
            default -> 10 + 90 * made / Math.max(1, count);
        };
    }
}
