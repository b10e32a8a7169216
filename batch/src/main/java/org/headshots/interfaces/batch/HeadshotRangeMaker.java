package org.headshots.interfaces.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.headshots.gpu.api.GeneratedHeadshot;
import org.headshots.application.run.RunService;
import jakarta.inject.Named;
import org.headshots.application.generation.GenerationService;
import org.headshots.domain.people.Username;

/** Asks a GPU node for one range of headshots. */
@Named
@Dependent
public class HeadshotRangeMaker implements ItemProcessor {

    @Inject
    @BatchProperty
    String owner;

    @Inject
    @BatchProperty
    String run;

    @Inject
    @BatchProperty
    String style;

    @Inject
    @BatchProperty
    String count;

    @Inject
    @BatchProperty
    String runId;

    @Inject
    @BatchProperty
    String seed;

    @Inject
    @BatchProperty
    String brandColour;

    @Inject
    GenerationService generation;

    @Inject
    RunService runs;

    @Inject
    NodePatience patience;

    @Override
    public Object processItem(Object item) {
        IndexRange range = (IndexRange) item;
        try {
            long start = System.nanoTime();
            List<GeneratedHeadshot> made = patience.await("headshots " + range.from() + " to " + (range.to() - 1) + " of " + style, () -> generation.make(new Username(owner),
                    Integer.parseInt(run), style, Integer.parseInt(count), range.from(), range.to(), Long.parseLong(seed),
                    brandColour == null || brandColour.isBlank() ? null : brandColour));
            return new MadeRange(made, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            RunFailure.report(runs, Long.parseLong(runId), e);
            throw e;
        }
    }
}
