package org.headshots.interfaces.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
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
    GenerationService generation;

    @Override
    public Object processItem(Object item) {
        IndexRange range = (IndexRange) item;
        return generation.make(new Username(owner), Integer.parseInt(run), style, Integer.parseInt(count),
                range.from(), range.to());
    }
}
