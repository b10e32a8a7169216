package org.headshots.node.domain.compose;

import org.headshots.node.domain.face.FaceBox;
import org.headshots.node.domain.face.FivePoints;
import org.headshots.node.domain.face.Point;

/**
 * Places a face in a headshot frame: levels the eyes, scales the face box to the framing's share of
 * the frame height, puts the eyes on the framing's line and the face box's centre in the middle. The
 * frame is as many pixels as the crop covers in the photo, within {@link OutputSize}'s limits.
 */
public final class FramePlanner {

    private FramePlanner() {
    }

    public static Composition plan(FaceBox face, FivePoints points, Framing styleFraming, Aspect aspect,
            Variation variation) {
        Point left = points.leftEye();
        Point right = points.rightEye();
        if (right.x() < left.x()) {
            Point swap = left;
            left = right;
            right = swap;
        }
        Framing framing = styleFraming.forAspect(aspect);
        double faceHeightFraction = framing.faceHeight() * variation.zoom();
        double cropHeight = face.height() / faceHeightFraction;
        OutputSize size = OutputSize.forCrop(cropHeight * aspect.ratio(), cropHeight);
        int width = size.width();
        int height = size.height();
        double roll = StrictMath.atan2(right.y() - left.y(), right.x() - left.x());
        double r = -roll;
        double cos = StrictMath.cos(r);
        double sin = StrictMath.sin(r);
        double scale = faceHeightFraction * height / face.height();
        double eyeLine = framing.eyeLine() + variation.offsetY();

        double eyesX = (left.x() + right.x()) / 2.0;
        double eyesY = (left.y() + right.y()) / 2.0;
        double translateY = eyeLine * height - scale * (sin * eyesX + cos * eyesY);
        double faceX = (face.left() + face.right()) / 2.0;
        double faceY = (face.top() + face.bottom()) / 2.0;
        double translateX = (0.5 + variation.offsetX()) * width - scale * (cos * faceX - sin * faceY);

        Point faceCentre = new Point((float) faceX, (float) faceY);
        double[] m = {scale * cos, -scale * sin, translateX, scale * sin, scale * cos, translateY};
        return new Composition(width, height, size.upscaled(), scale, Math.toDegrees(r), translateX, translateY,
                apply(m, left), apply(m, right), apply(m, faceCentre),
                face.width() * scale, faceHeightFraction, eyeLine);
    }

    private static Point apply(double[] m, Point p) {
        return new Point((float) (m[0] * p.x() + m[1] * p.y() + m[2]), (float) (m[3] * p.x() + m[4] * p.y() + m[5]));
    }
}
