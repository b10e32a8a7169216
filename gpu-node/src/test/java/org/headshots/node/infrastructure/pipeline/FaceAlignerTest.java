package org.headshots.node.infrastructure.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.util.List;
import org.headshots.node.domain.face.FivePoints;
import org.headshots.node.domain.face.Point;
import org.junit.jupiter.api.Test;

/** The similarity transform and the warp, on synthetic points and images. */
class FaceAlignerTest {

    private static final List<Point> SQUARE =
            List.of(new Point(0, 0), new Point(10, 0), new Point(10, 10), new Point(0, 10));

    @Test
    void recoversAKnownSimilarityExactly() {
        SimilarityTransform known = new SimilarityTransform(2 * Math.cos(0.3), 2 * Math.sin(0.3), 5, -7);
        List<Point> moved = SQUARE.stream().map(known::apply).toList();
        SimilarityTransform found = SimilarityTransform.estimate(SQUARE, moved);
        assertEquals(2, found.scale(), 1e-6);
        assertEquals(0.3, found.angleRadians(), 1e-6);
        assertEquals(5, found.tx(), 1e-4);
        assertEquals(-7, found.ty(), 1e-4);
    }

    @Test
    void leastSquaresAveragesNoise() {
        // the target square's corners pushed outwards by 1 along x: the best fit is scale-only, no rotation
        List<Point> to = List.of(new Point(-1, 0), new Point(11, 0), new Point(11, 10), new Point(-1, 10));
        SimilarityTransform fit = SimilarityTransform.estimate(SQUARE, to);
        assertEquals(0, fit.angleRadians(), 1e-9);
        assertEquals(1.1, fit.scale(), 1e-9); // Σ(x·u) / Σ|x|² over centred points = (4·30 + 4·25) / 200
        Point centre = fit.apply(new Point(5, 5));
        assertEquals(5, centre.x(), 1e-5);
        assertEquals(5, centre.y(), 1e-5);
    }

    @Test
    void inverseUndoes() {
        SimilarityTransform t = new SimilarityTransform(0.5, -1.2, 30, 40);
        Point p = new Point(17, -3);
        Point back = t.inverse().apply(t.apply(p));
        assertEquals(p.x(), back.x(), 1e-4);
        assertEquals(p.y(), back.y(), 1e-4);
    }

    @Test
    void refusesCoincidentPoints() {
        List<Point> same = List.of(new Point(1, 1), new Point(1, 1));
        assertThrows(IllegalArgumentException.class, () -> SimilarityTransform.estimate(same, SQUARE.subList(0, 2)));
    }

    @Test
    void aFaceAlreadyOnTheTemplateMapsOntoItself() {
        List<Point> t = FaceAligner.ARCFACE_TEMPLATE;
        FivePoints face = new FivePoints(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4));
        SimilarityTransform identity = new FaceAligner().photoToAligned(face);
        assertEquals(1, identity.scale(), 1e-6);
        assertEquals(0, identity.angleRadians(), 1e-6);
        assertEquals(0.5, identity.tx(), 1e-4); // the template's pixel-centre convention
        assertEquals(0.5, identity.ty(), 1e-4);
    }

    @Test
    void warpsAFaceTwiceTheSizeAndTurnedUpright() {
        // a photo that is the template scaled 2×, rotated 90° clockwise: pixel colour encodes template position
        BufferedImage photo = new BufferedImage(224, 224, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 224; y++) {
            for (int x = 0; x < 224; x++) {
                int templateX = y / 2; // rotated 90° clockwise: template (u, v) lands at photo (223 - 2v, 2u)
                int templateY = (223 - x) / 2;
                photo.setRGB(x, y, templateX << 16 | templateY << 8);
            }
        }
        List<Point> rotated = FaceAligner.ARCFACE_TEMPLATE.stream()
                .map(p -> new Point(224 - 2 * (p.y() + 0.5f), 2 * (p.x() + 0.5f)))
                .toList();
        FivePoints face =
                new FivePoints(rotated.get(0), rotated.get(1), rotated.get(2), rotated.get(3), rotated.get(4));
        float[] aligned =
                new FaceAligner().alignedPlanarRgb(RgbImage.of(photo), face, RgbImage.Normalisation.uniform(0, 1));
        int plane = FaceAligner.SIZE * FaceAligner.SIZE;
        for (int v = 4; v < FaceAligner.SIZE - 4; v += 9) {
            for (int u = 4; u < FaceAligner.SIZE - 4; u += 9) {
                assertEquals(u, aligned[v * FaceAligner.SIZE + u], 1.01, "red (template x) at " + u + "," + v);
                assertEquals(
                        v, aligned[plane + v * FaceAligner.SIZE + u], 1.01, "green (template y) at " + u + "," + v);
            }
        }
    }
}
