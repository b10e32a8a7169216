package org.headshots.interfaces.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.batch.api.partition.PartitionPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a generation is cut into partitions and checkpointed ranges. */
class GenerationPartsTest {

    @Test
    void theOrderedCountIsSharedAmongTheStylesWithNothingLost() {
        StyleShares shares = new StyleShares();
        shares.styles = "studio-grey, office-blue,white-clean";
        shares.count = "40";
        PartitionPlan plan = shares.mapPartitions();
        assertEquals(3, plan.getPartitions());
        assertEquals(List.of("14", "13", "13"),
                Arrays.stream(plan.getPartitionProperties()).map(p -> p.getProperty("count")).toList());
        assertEquals("office-blue", plan.getPartitionProperties()[1].getProperty("style"));
    }

    @Test
    void rangesCoverEveryIndexOnceAndARestartResumesAtTheCheckpoint() {
        IndexRangeReader reader = reader();
        reader.open(null);
        List<IndexRange> ranges = new ArrayList<>();
        ranges.add((IndexRange) reader.readItem());
        java.io.Serializable checkpoint = reader.checkpointInfo();

        IndexRangeReader restarted = reader();
        restarted.open(checkpoint);
        for (Object item; (item = restarted.readItem()) != null;) {
            ranges.add((IndexRange) item);
        }
        assertEquals(List.of(new IndexRange(0, 2), new IndexRange(2, 4), new IndexRange(4, 5)), ranges);
        assertNull(restarted.readItem());
    }

    private static IndexRangeReader reader() {
        IndexRangeReader reader = new IndexRangeReader();
        reader.count = "5";
        reader.rangeSize = "2";
        return reader;
    }
}
