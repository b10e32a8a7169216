package org.headshots.node.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.headshots.node.application.HeadshotService.EnlargementPlan;
import org.headshots.node.domain.face.FaceBox;
import org.junit.jupiter.api.Test;

/** Which references are enlarged before matting, which part of them and by how much. */
class EnlargementPlanTest {

    @Test
    void aSmallPhotoIsEnlargedWholeUntilItsFaceIs420PixelsHigh() {
        // the astronaut: 512 × 512, her face about 120 px high
        EnlargementPlan plan = HeadshotService.enlargementPlan(512, 512, face(225, 120, 120));
        assertEquals(new EnlargementPlan(0, 0, 512, 512, 3.5), plan);
    }

    @Test
    void atMostFourTimes() {
        assertEquals(
                4, HeadshotService.enlargementPlan(300, 400, face(150, 150, 60)).factor());
    }

    @Test
    void aFaceLargeEnoughOrNearlySoIsLeftAlone() {
        assertNull(HeadshotService.enlargementPlan(3000, 4000, face(1500, 1500, 600)));
        assertNull(HeadshotService.enlargementPlan(3000, 4000, face(1500, 1500, 400)));
        assertEquals(
                new EnlargementPlan(0, 0, 1000, 1200, 1.3125),
                HeadshotService.enlargementPlan(1000, 1200, face(500, 400, 320)));
    }

    @Test
    void inALargePhotoTheRegionAroundTheFace() {
        // 3.5 face heights each side of its centre, 2.5 above its top, 5 below its bottom
        EnlargementPlan plan = HeadshotService.enlargementPlan(4000, 3000, face(2000, 1000, 100));
        assertEquals(new EnlargementPlan(1650, 700, 700, 850, 4), plan);
    }

    @Test
    void aRegionOverTheBudgetIsNarrowedAndOneThatStaysOverItIsNotEnlarged() {
        // 200 px: 1400 × 1700 px at full margins, 2.4 Mpx; at 0.8 of them 1.57 Mpx, at 0.7 980 × 1250
        EnlargementPlan narrowed = HeadshotService.enlargementPlan(6000, 6000, face(3000, 3000, 200));
        assertEquals(new EnlargementPlan(2510, 2550, 980, 1250, 2.1), narrowed);
        // 300 px: 2100 × 2550 px even at 0.7 of the margins
        assertNull(HeadshotService.enlargementPlan(6000, 6000, face(3000, 3000, 300)));
    }

    private static FaceBox face(float centreX, float centreY, float height) {
        return new FaceBox(
                centreX - 0.4f * height, centreY - height / 2, centreX + 0.4f * height, centreY + height / 2, 0.99f);
    }
}
