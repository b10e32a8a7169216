package org.headshots.interfaces.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.headshots.application.generation.GenerationService;

/**
 * Reads a style's headshot indices in ranges; its checkpoint is the first index not yet kept. The chunk's
 * headshots and its checkpoint commit together, so what is kept is the checkpoint too: a partition planned
 * afresh (see {@link StyleShares}) starts at the first headshot not kept.
 */
@Named
@Dependent
public class IndexRangeReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String count;

    @Inject
    @BatchProperty
    String rangeSize;

    @Inject
    ThisRun run;

    @Inject
    @BatchProperty
    String style;

    @Inject
    GenerationService generation;

    private int next;

    @Override
    public void open(Serializable checkpoint) {
        next = checkpoint != null ? (Integer) checkpoint : generation.firstMissing(run.owner(), run.number(), style);
    }

    @Override
    public Object readItem() {
        int total = Integer.parseInt(count);
        if (next >= total) {
            return null;
        }
        IndexRange range = new IndexRange(next, Math.min(total, next + Integer.parseInt(rangeSize)));
        next = range.to();
        return range;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
