package org.headshots.node.domain.face;

/**
 * How much a detection looks like a human face, 0..1, from how well the 68 landmarks (a model of human faces)
 * agree with the detector's box. On a human face the landmarks fill the box and keep human proportions; on a face
 * of something else (a cat scores 0.97 with the detector) the landmark model squeezes a human layout into a box
 * of other proportions. Three cues, each mapped linearly to 0..1 between what was measured on non-human and on
 * human faces (skimage's astronaut, camera man and their edits against Chelsea the cat), then averaged:
 * <ul>
 * <li>box shape: human face boxes are taller than wide (width/height 0.60–0.84), the cat's about square
 * (0.96–1.21);</li>
 * <li>fill: the landmarks' horizontal extent over the box width (humans 0.86–1.04, the cat 0.67–0.81);</li>
 * <li>layout: along the axis across the eye line, the eyes-to-nose share of eyes-to-mouth (humans 0.62–0.67,
 * the cat 0.27–0.49); 0 when eyes, nose tip and mouth are not in that order.</li>
 * </ul>
 * A measurement of geometry, not an identity check: drawings or masks with human proportions score high.
 */
public final class FaceLikeness {

    private FaceLikeness() {}

    public static float of(FaceBox box, Landmarks landmarks) {
        double shape = ramp(box.width() / box.height(), 1.0, 0.85);
        double fill = ramp(horizontalExtent(landmarks) / box.width(), 0.75, 0.9);
        double layout = ramp(eyesToNoseShare(landmarks.fivePoints()), 0.45, 0.58);
        return (float) ((shape + fill + layout) / 3);
    }

    private static double horizontalExtent(Landmarks landmarks) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Point p : landmarks.points()) {
            min = Math.min(min, p.x());
            max = Math.max(max, p.x());
        }
        return max - min;
    }

    private static double eyesToNoseShare(FivePoints five) {
        double ux = five.rightEye().x() - five.leftEye().x();
        double uy = five.rightEye().y() - five.leftEye().y();
        double length = Math.hypot(ux, uy);
        if (length == 0) {
            return 0;
        }
        // across the eye line, pointing from the eyes towards the chin of an upright face
        double vx = -uy / length;
        double vy = ux / length;
        double eyesY = ((five.leftEye().x() + five.rightEye().x()) / 2) * vx
                + ((five.leftEye().y() + five.rightEye().y()) / 2) * vy;
        double noseY = five.noseTip().x() * vx + five.noseTip().y() * vy;
        double mouthY = ((five.leftMouth().x() + five.rightMouth().x()) / 2) * vx
                + ((five.leftMouth().y() + five.rightMouth().y()) / 2) * vy;
        double eyesToNose = noseY - eyesY;
        double noseToMouth = mouthY - noseY;
        if (eyesToNose <= 0 || noseToMouth <= 0) {
            return 0;
        }
        return eyesToNose / (eyesToNose + noseToMouth);
    }

    /** 0 at {@code zeroAt}, 1 at {@code oneAt}, linear between, clamped (either direction). */
    private static double ramp(double value, double zeroAt, double oneAt) {
        return Math.max(0, Math.min(1, (value - zeroAt) / (oneAt - zeroAt)));
    }
}
