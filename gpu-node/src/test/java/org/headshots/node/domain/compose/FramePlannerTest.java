package org.headshots.node.domain.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.headshots.node.domain.face.FaceBox;
import org.headshots.node.domain.face.FivePoints;
import org.headshots.node.domain.face.Point;
import org.junit.jupiter.api.Test;

class FramePlannerTest {

    private static final HeadshotStyle STYLE = StyleCatalogue.standard().byId("studio-grey");
    private static final FaceBox FACE = new FaceBox(300, 200, 500, 450, 0.9f);

    private static FivePoints points(Point left, Point right) {
        return new FivePoints(left, right, new Point(400, 330), new Point(370, 380), new Point(430, 380));
    }

    @Test
    void levelEyesAreScaledAndPlacedWithoutTurning() {
        Composition c = FramePlanner.plan(FACE, points(new Point(360, 300), new Point(440, 300)), STYLE,
                Variation.of(STYLE.id(), 0));
        assertEquals(0, c.rotationDegrees(), 1e-9);
        assertEquals(0.30 * 1280 / 250, c.scale(), 1e-9);
        assertEquals(0.40 * 1280, c.leftEye().y(), 1e-3);
        assertEquals(0.40 * 1280, c.rightEye().y(), 1e-3);
        assertEquals(512, c.faceCentre().x(), 1e-3);
        assertEquals(200 * c.scale(), c.faceWidth(), 1e-3);
    }

    @Test
    void tiltedEyesAreLevelledAndTheMappingInverts() {
        double roll = Math.toRadians(12);
        Point left = new Point(400 - (float) (40 * Math.cos(roll)), 300 - (float) (40 * Math.sin(roll)));
        Point right = new Point(400 + (float) (40 * Math.cos(roll)), 300 + (float) (40 * Math.sin(roll)));
        Composition c = FramePlanner.plan(FACE, points(left, right), STYLE, Variation.of(STYLE.id(), 3));
        assertEquals(-12, c.rotationDegrees(), 1e-3);
        assertEquals(0, c.eyeTilt(), 1e-3);
        double x = c.frameX(123, 456);
        double y = c.frameY(123, 456);
        assertEquals(123, c.photoX(x, y), 1e-9);
        assertEquals(456, c.photoY(x, y), 1e-9);
    }

    @Test
    void eyesGivenRightToLeftAreStillLevelledUpright() {
        Composition c = FramePlanner.plan(FACE, points(new Point(440, 300), new Point(360, 300)), STYLE,
                Variation.of(STYLE.id(), 0));
        assertEquals(0, c.rotationDegrees(), 1e-9);
        assertEquals(c.leftEye().x() + 80 * c.scale(), c.rightEye().x(), 1e-3);
    }
}
