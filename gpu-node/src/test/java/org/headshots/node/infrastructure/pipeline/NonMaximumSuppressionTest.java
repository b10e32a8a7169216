package org.headshots.node.infrastructure.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.headshots.node.domain.face.FaceBox;
import org.junit.jupiter.api.Test;

class NonMaximumSuppressionTest {

    private final NonMaximumSuppression nms = new NonMaximumSuppression(0.4f);

    @Test
    void keepsTheBestOfOverlappingBoxesAndSeparateBoxes() {
        FaceBox best = new FaceBox(0, 0, 10, 10, 0.9f);
        FaceBox shifted = new FaceBox(1, 1, 11, 11, 0.8f); // IoU 81/119 = 0.68
        FaceBox apart = new FaceBox(50, 50, 60, 60, 0.75f);
        assertEquals(List.of(best, apart), nms.apply(List.of(shifted, apart, best)));
    }

    @Test
    void keepsBoxesOverlappingNoMoreThanTheThreshold() {
        FaceBox a = new FaceBox(0, 0, 10, 10, 0.9f);
        FaceBox b = new FaceBox(5, 0, 15, 10, 0.8f); // IoU 50/150 = 0.33
        assertEquals(List.of(a, b), nms.apply(List.of(b, a)));
    }

    @Test
    void aSuppressedBoxSuppressesNothing() {
        FaceBox a = new FaceBox(0, 0, 10, 10, 0.9f);
        FaceBox b = new FaceBox(3, 0, 13, 10, 0.8f); // IoU with a 0.54: dropped
        FaceBox c = new FaceBox(8, 0, 18, 10, 0.7f); // IoU with a 0.11, with b 0.54: kept, b is gone
        assertEquals(List.of(a, c), nms.apply(List.of(c, b, a)));
    }

    @Test
    void emptyInEmptyOut() {
        assertEquals(List.of(), nms.apply(List.of()));
    }

    @Test
    void refusesThresholdsOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new NonMaximumSuppression(0));
        assertThrows(IllegalArgumentException.class, () -> new NonMaximumSuppression(1.5f));
    }
}
