package org.headshots.node.domain.face;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaceValueObjectsTest {

    @Test
    void faceBoxMeasuresAndOverlaps() {
        FaceBox a = new FaceBox(0, 0, 10, 20, 0.9f);
        assertEquals(10, a.width());
        assertEquals(20, a.height());
        assertEquals(1, a.iou(a), 1e-6);
        assertEquals(0, a.iou(new FaceBox(10, 0, 20, 20, 0.5f)));
        assertEquals(100f / 300, a.iou(new FaceBox(5, 0, 15, 20, 0.5f)), 1e-6); // 100 shared of 200 + 200 - 100
    }

    @Test
    void faceBoxRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new FaceBox(10, 0, 10, 5, 0.5f));
        assertThrows(IllegalArgumentException.class, () -> new FaceBox(0, 5, 10, 0, 0.5f));
        assertThrows(IllegalArgumentException.class, () -> new FaceBox(0, 0, 10, 10, 1.5f));
        assertThrows(IllegalArgumentException.class, () -> new FaceBox(Float.NaN, 0, 10, 10, 0.5f));
    }

    @Test
    void embeddingIsUnitLengthAndComparesByCosine() {
        Embedding a = new Embedding(new float[] {3, 4});
        assertArrayEquals(new float[] {0.6f, 0.8f}, a.values(), 1e-6f);
        assertEquals(2, a.dimension());
        assertEquals(1, a.cosine(new Embedding(new float[] {6, 8})), 1e-6);
        assertEquals(0, a.cosine(new Embedding(new float[] {-4, 3})), 1e-6);
        assertEquals(-1, a.cosine(new Embedding(new float[] {-3, -4})), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> a.cosine(new Embedding(new float[] {1, 2, 3})));
    }

    @Test
    void embeddingRefusesZeroAndNaN() {
        assertThrows(IllegalArgumentException.class, () -> new Embedding(new float[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new Embedding(new float[] {1, Float.NaN}));
        assertThrows(IllegalArgumentException.class, () -> new Embedding(new float[0]));
    }

    @Test
    void landmarksGiveTheFivePoints() {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 68; i++) {
            points.add(new Point(i, 0));
        }
        FivePoints five = new Landmarks(points).fivePoints();
        assertEquals(new Point(38.5f, 0), five.leftEye()); // mean of 36..41
        assertEquals(new Point(44.5f, 0), five.rightEye()); // mean of 42..47
        assertEquals(new Point(30, 0), five.noseTip());
        assertEquals(new Point(48, 0), five.leftMouth());
        assertEquals(new Point(54, 0), five.rightMouth());
        assertThrows(IllegalArgumentException.class, () -> new Landmarks(points.subList(0, 67)));
    }

    @Test
    void eyeStateAndPoseStayInRange() {
        assertThrows(IllegalArgumentException.class, () -> new EyeState(1.1f, 0.5f));
        assertThrows(IllegalArgumentException.class, () -> new EyeState(0.5f, Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> new HeadPose(0, 200, 0));
    }

    @Test
    void photoAnalysisPutsTheLargestFaceFirst() {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 68; i++) {
            points.add(new Point(i, i));
        }
        Landmarks landmarks = new Landmarks(points);
        AnalyzedFace small = face(new FaceBox(0, 0, 10, 10, 0.99f), landmarks);
        AnalyzedFace large = face(new FaceBox(0, 0, 50, 50, 0.8f), landmarks);
        assertEquals(List.of(large, small), new PhotoAnalysis(100, 100, List.of(small, large)).faces());
    }

    private static AnalyzedFace face(FaceBox box, Landmarks landmarks) {
        return new AnalyzedFace(
                box, landmarks, new Embedding(new float[] {1}), new EyeState(1, 1), new HeadPose(0, 0, 0), 1);
    }

    @Test
    void alphaMatteReadsPixelsAndMeans() {
        byte[] alpha = {0, (byte) 255, (byte) 128, 64, 0, (byte) 200};
        AlphaMatte matte = new AlphaMatte(3, 2, alpha);
        assertEquals(255, matte.alphaAt(1, 0));
        assertEquals(200, matte.alphaAt(2, 1));
        assertEquals((0 + 255 + 64 + 0) / 4.0, matte.mean(0, 0, 2, 2), 1e-9);
        assertEquals(matte.mean(0, 0, 3, 2), matte.mean(-5, -5, 10, 10), 1e-9);
        alpha[1] = 0;
        assertEquals(255, matte.alphaAt(1, 0), "the matte keeps its own copy");
        assertThrows(IndexOutOfBoundsException.class, () -> matte.alphaAt(3, 0));
        assertThrows(IllegalArgumentException.class, () -> new AlphaMatte(2, 2, alpha));
    }
}
