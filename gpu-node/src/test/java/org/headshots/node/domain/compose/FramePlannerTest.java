package org.headshots.node.domain.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.headshots.node.domain.face.FaceBox;
import org.headshots.node.domain.face.FivePoints;
import org.headshots.node.domain.face.Point;
import org.junit.jupiter.api.Test;

class FramePlannerTest {

    private static final Framing FRAMING = Framing.headAndShoulders();
    private static final Variation APPROVED = Variation.of("studio-grey", 0, 0, 0);
    private static final FaceBox FACE = new FaceBox(300, 200, 500, 450, 0.9f);

    private static FivePoints points(Point left, Point right) {
        return new FivePoints(left, right, new Point(400, 330), new Point(370, 380), new Point(430, 380));
    }

    @Test
    void levelEyesAreScaledAndPlacedWithoutTurning() {
        Composition c = FramePlanner.plan(
                FACE, points(new Point(360, 300), new Point(440, 300)), FRAMING, Aspect.PORTRAIT, APPROVED);
        assertEquals(0, c.rotationDegrees(), 1e-9);
        // the 250 px face at 30% of the height: an 833 px crop, too small, so enlarged to 1024 x 1280
        assertEquals(1024, c.width());
        assertEquals(1280, c.height());
        assertTrue(c.upscaled());
        assertEquals(0.30 * 1280 / 250, c.scale(), 1e-9);
        assertEquals(0.36 * 1280, c.leftEye().y(), 1e-3);
        assertEquals(0.36 * 1280, c.rightEye().y(), 1e-3);
        assertEquals(512, c.faceCentre().x(), 1e-3);
        assertEquals(200 * c.scale(), c.faceWidth(), 1e-3);
    }

    @Test
    void aLargeFaceKeepsTheSourcesResolutionUpTo2048() {
        FaceBox large = new FaceBox(1000, 800, 1400, 1300, 0.9f); // 500 px high: a 1667 px crop
        Composition c = FramePlanner.plan(
                large, points(new Point(1100, 1000), new Point(1300, 1000)), FRAMING, Aspect.PORTRAIT, APPROVED);
        assertFalse(c.upscaled());
        assertEquals(1667, c.height());
        assertEquals(1334, c.width());
        assertEquals(1, c.scale(), 1e-3);

        FaceBox huge = new FaceBox(1000, 800, 1800, 1800, 0.9f); // 1000 px high: a 3333 px crop
        Composition capped = FramePlanner.plan(
                huge, points(new Point(1200, 1200), new Point(1600, 1200)), FRAMING, Aspect.PORTRAIT, APPROVED);
        assertEquals(2048, capped.height());
        assertEquals(1638, capped.width());
        assertFalse(capped.upscaled());
    }

    @Test
    void aSquareFrameIsSquareWithTheEyesAboutAThirdDown() {
        Composition c = FramePlanner.plan(
                FACE, points(new Point(360, 300), new Point(440, 300)), FRAMING, Aspect.SQUARE, APPROVED);
        assertEquals(c.width(), c.height());
        assertEquals(1024, c.width());
        double eyeLine = c.leftEye().y() / c.height();
        assertTrue(eyeLine > 0.3 && eyeLine < 0.42, "eye line " + eyeLine);
    }

    @Test
    void tiltedEyesAreLevelledAndTheMappingInverts() {
        double roll = Math.toRadians(12);
        Point left = new Point(400 - (float) (40 * Math.cos(roll)), 300 - (float) (40 * Math.sin(roll)));
        Point right = new Point(400 + (float) (40 * Math.cos(roll)), 300 + (float) (40 * Math.sin(roll)));
        Composition c = FramePlanner.plan(
                FACE, points(left, right), FRAMING, Aspect.PORTRAIT, Variation.of("studio-grey", 0, 3, 0));
        assertEquals(-12, c.rotationDegrees(), 1e-3);
        assertEquals(0, c.eyeTilt(), 1e-3);
        double x = c.frameX(123, 456);
        double y = c.frameY(123, 456);
        assertEquals(123, c.photoX(x, y), 1e-9);
        assertEquals(456, c.photoY(x, y), 1e-9);
    }

    @Test
    void eyesGivenRightToLeftAreStillLevelledUpright() {
        Composition c = FramePlanner.plan(
                FACE, points(new Point(440, 300), new Point(360, 300)), FRAMING, Aspect.PORTRAIT, APPROVED);
        assertEquals(0, c.rotationDegrees(), 1e-9);
        assertEquals(c.leftEye().x() + 80 * c.scale(), c.rightEye().x(), 1e-3);
    }

    @Test
    void everyFourthHeadshotIsSquare() {
        assertEquals(Aspect.PORTRAIT, Aspect.forIndex(0));
        assertEquals(Aspect.PORTRAIT, Aspect.forIndex(2));
        assertEquals(Aspect.SQUARE, Aspect.forIndex(3));
        assertEquals(Aspect.SQUARE, Aspect.forIndex(7));
        assertEquals(Aspect.PORTRAIT, Aspect.forIndex(8));
    }
}
