package org.headshots.domain.selfie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EyeApertureTest {

    /** 68 landmarks, all at the origin but the two eyes': each 30 px wide, its lids {@code open} px apart. */
    private static float[] landmarks(float leftOpen, float rightOpen) {
        float[] points = new float[136];
        eye(points, 36, 100, leftOpen);
        eye(points, 42, 200, rightOpen);
        return points;
    }

    private static void eye(float[] points, int first, float x, float open) {
        float[][] eye = {
            {x, 50},
            {x + 10, 50 - open / 2},
            {x + 20, 50 - open / 2},
            {x + 30, 50},
            {x + 20, 50 + open / 2},
            {x + 10, 50 + open / 2}
        };
        for (int i = 0; i < 6; i++) {
            points[2 * (first + i)] = eye[i][0];
            points[2 * (first + i) + 1] = eye[i][1];
        }
    }

    @Test
    void theLidsDistanceOverTheEyesWidth() {
        float[] points = landmarks(9, 3);
        assertEquals(0.3f, EyeAperture.imageLeft(points), 1e-6);
        assertEquals(0.1f, EyeAperture.imageRight(points), 1e-6);
    }

    @Test
    void withoutSixtyEightLandmarksItIsUnknown() {
        assertEquals(EyeAperture.UNKNOWN, EyeAperture.imageLeft(new float[10]));
        assertEquals(EyeAperture.UNKNOWN, EyeAperture.imageLeft(null));
        assertEquals(EyeAperture.UNKNOWN, EyeAperture.imageRight(new float[136]), "no width");
    }
}
