package org.headshots.domain.selfie;

/**
 * How open an eye is by its outline: the eye aspect ratio of its six landmarks in the 68-point layout (corners at
 * 0 and 3, upper lid 1 and 2, lower lid 5 and 4), the two lid-to-lid heights over twice the corner-to-corner
 * width. About 0.3 for an open eye, under 0.2 for a closed one; a smile narrows it little, so it confirms or
 * overrules the eye-state model, which reads the crescent eyes of a broad smile as closed.
 */
public final class EyeAperture {

    /** Not measured: the node sent no 68-point landmarks. */
    public static final float UNKNOWN = 0;

    private static final int LANDMARKS = 68;
    private static final int IMAGE_LEFT_EYE = 36;
    private static final int IMAGE_RIGHT_EYE = 42;

    private EyeAperture() {}

    /** The eye on the image's left, from landmarks as x, y pairs; {@link #UNKNOWN} without 68 of them. */
    public static float imageLeft(float[] landmarks) {
        return of(landmarks, IMAGE_LEFT_EYE);
    }

    /** The eye on the image's right. */
    public static float imageRight(float[] landmarks) {
        return of(landmarks, IMAGE_RIGHT_EYE);
    }

    private static float of(float[] landmarks, int first) {
        if (landmarks == null || landmarks.length != 2 * LANDMARKS) {
            return UNKNOWN;
        }
        double width = distance(landmarks, first, first + 3);
        if (width <= 0) {
            return UNKNOWN;
        }
        double heights = distance(landmarks, first + 1, first + 5) + distance(landmarks, first + 2, first + 4);
        return (float) (heights / (2 * width));
    }

    private static double distance(float[] landmarks, int a, int b) {
        return Math.hypot(landmarks[2 * a] - landmarks[2 * b], landmarks[2 * a + 1] - landmarks[2 * b + 1]);
    }
}
