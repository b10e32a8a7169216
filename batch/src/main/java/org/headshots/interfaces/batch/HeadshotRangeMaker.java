package org.headshots.interfaces.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.headshots.application.fleet.MadeHeadshot;
import org.headshots.application.generation.GenerationService;
import org.headshots.application.run.RunPlan;
import org.headshots.application.run.RunService;

/** Asks a GPU node for one range of headshots. */
@Named
@Dependent
public class HeadshotRangeMaker implements ItemProcessor {

    @Inject
    ThisRun run;

    @Inject
    @BatchProperty
    String style;

    @Inject
    @BatchProperty
    String count;

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
            RunPlan plan = run.plan();
            List<MadeHeadshot> made = patience.await(
                    "headshots " + range.from() + " to " + (range.to() - 1) + " of " + style,
                    () -> generation.make(
                            run.owner(),
                            plan.run(),
                            style,
                            Integer.parseInt(count),
                            range.from(),
                            range.to(),
                            plan.seed(),
                            plan.brandColour()));
            return new MadeRange(made, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            RunFailure.report(runs, run.id(), e);
            throw e;
        }
    }
}
