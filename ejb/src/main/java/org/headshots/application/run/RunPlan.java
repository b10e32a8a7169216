package org.headshots.application.run;

import java.io.Serializable;
import java.util.List;
import org.headshots.domain.run.HeadshotRun;

/** What a run's batch job needs to know about it; {@code execution} is null until it first starts. */
public record RunPlan(
        long id, String owner, int run, long seed, int count, List<String> styles, String brandColour, Long execution)
        implements Serializable {

    public RunPlan {
        styles = List.copyOf(styles);
    }

    static RunPlan of(HeadshotRun run) {
        return new RunPlan(
                run.id(),
                run.owner().value(),
                run.number(),
                run.seed(),
                run.headshotCount(),
                run.styles(),
                run.brandColour().orElse(null),
                run.execution().orElse(null));
    }
}
