package org.headshots.interfaces.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.headshots.application.generation.GenerationService;
import org.headshots.application.run.RunService;

/** Keeps the chunk's headshots, in the chunk's transaction. */
@Named
@Dependent
public class HeadshotKeeper extends AbstractItemWriter {

    @Inject
    ThisRun run;

    @Inject
    @BatchProperty
    String style;

    @Inject
    GenerationService generation;

    @Inject
    RunService runs;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            MadeRange made = (MadeRange) item;
            generation.keep(run.owner(), run.number(), style, made.headshots(), made.callMillis());
        }
        runs.headshotsKept(run.owner(), run.number());
    }
}
