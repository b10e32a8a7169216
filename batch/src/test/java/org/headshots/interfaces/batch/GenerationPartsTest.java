package org.headshots.interfaces.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.batch.api.partition.PartitionPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.headshots.application.generation.GenerationService;
import org.headshots.application.run.RunPlan;
import org.headshots.application.run.RunService;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.Test;

/** How a generation is cut into partitions and checkpointed ranges. */
class GenerationPartsTest {

    @Test
    void theOrderedCountIsSharedAmongTheStylesWithNothingLost() {
        StyleShares shares = new StyleShares();
        shares.run = mock(ThisRun.class);
        when(shares.run.id()).thenReturn(7L);
        when(shares.run.plan())
                .thenReturn(new RunPlan(
                        7, "frank", 1, 0, 40, List.of("studio-grey", "office-blue", "white-clean"), null, null));
        shares.runs = mock(RunService.class);
        PartitionPlan plan = shares.mapPartitions();
        verify(shares.runs).makingHeadshots(7);
        assertTrue(plan.getPartitionsOverride(), "planned afresh on every restart");
        assertEquals(3, plan.getPartitions());
        assertEquals(
                List.of("14", "13", "13"),
                Arrays.stream(plan.getPartitionProperties())
                        .map(p -> p.getProperty("count"))
                        .toList());
        assertEquals("office-blue", plan.getPartitionProperties()[1].getProperty("style"));
    }

    @Test
    void rangesCoverEveryIndexOnceAndARestartResumesAtTheCheckpoint() {
        IndexRangeReader reader = reader(0);
        reader.open(null);
        List<IndexRange> ranges = new ArrayList<>();
        ranges.add((IndexRange) reader.readItem());
        java.io.Serializable checkpoint = reader.checkpointInfo();

        IndexRangeReader restarted = reader(0);
        restarted.open(checkpoint);
        for (Object item; (item = restarted.readItem()) != null; ) {
            ranges.add((IndexRange) item);
        }
        assertEquals(List.of(new IndexRange(0, 2), new IndexRange(2, 4), new IndexRange(4, 5)), ranges);
        assertNull(restarted.readItem());
    }

    @Test
    void aPartitionPlannedAfreshStartsAtTheFirstHeadshotNotKept() {
        IndexRangeReader replanned = reader(3);
        replanned.open(null);
        assertEquals(new IndexRange(3, 5), replanned.readItem());
        assertNull(replanned.readItem());
    }

    /** A reader of 5 headshots in ranges of 2, of which the first {@code kept} are kept already. */
    private static IndexRangeReader reader(int kept) {
        IndexRangeReader reader = new IndexRangeReader();
        reader.count = "5";
        reader.rangeSize = "2";
        reader.run = mock(ThisRun.class);
        when(reader.run.owner()).thenReturn(new Username("frank"));
        when(reader.run.number()).thenReturn(1);
        reader.style = "studio-grey";
        reader.generation = mock(GenerationService.class);
        when(reader.generation.firstMissing(new Username("frank"), 1, "studio-grey"))
                .thenReturn(kept);
        return reader;
    }
}
