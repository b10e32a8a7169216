package org.headshots.node.domain.compose;

import org.headshots.node.domain.face.FaceBox;
import org.headshots.node.domain.face.FivePoints;
import org.headshots.node.domain.face.Point;

/**
 * Places a face in a headshot frame: levels the eyes, scales the face box to the framing's share of
 * the frame height, puts the eyes on the framing's line and the face box's centre in the middle. The
 * frame is as many pixels as the crop covers in the photo, within {@link OutputSize}'s limits.
 *
 * <p>The crop stays within what the photo shows: where the photo ends above the frame's bottom (cut at the chest
 * or the tie), the face is drawn larger, a closer head-and-shoulders crop, up to
 * {@link #MAX_ZOOM} times the style's size and never beyond {@link #MAX_FACE_HEIGHT} of the frame; what is still
 * missing then is left to fade into the backdrop, as a studio photo ends a body.
 */
public final class FramePlanner {

    /** How much closer than its style a crop may go to stay within the photo. */
    public static final double MAX_ZOOM = 1.8;
    /** The largest share of the frame's height a face may take, however the photo is cut. */
    public static final double MAX_FACE_HEIGHT = 0.45;
    /** The share of the crop the photo may leave uncovered at the bottom for the fade to fill. */
    public static final double FADE_ALLOWANCE = 0.06;

    private FramePlanner() {}

    /** A frame for a photo of unknown extent: the style's crop as it is. */
    public static Composition plan(
            FaceBox face, FivePoints points, Framing styleFraming, Aspect aspect, Variation variation) {
        return plan(face, points, styleFraming, aspect, variation, Double.POSITIVE_INFINITY);
    }

    /** A frame that ends within a photo {@code photoHeight} pixels tall, as far as the rules allow. */
    public static Composition plan(
            FaceBox face,
            FivePoints points,
            Framing styleFraming,
            Aspect aspect,
            Variation variation,
            double photoHeight) {
        return plan(face, points, styleFraming, aspect, variation, photoHeight, 1);
    }

    /**
     * As {@link #plan(FaceBox, FivePoints, Framing, Aspect, Variation, double)}, for a photo that was itself
     * enlarged {@code sourceEnlargement} times from the one taken (an upscaled small face): the frame is sized by
     * the pixels the photo was taken with, so that enlarged pixels do not make larger headshots, and one that
     * needed enlarging says {@code upscaled}.
     */
    public static Composition plan(
            FaceBox face,
            FivePoints points,
            Framing styleFraming,
            Aspect aspect,
            Variation variation,
            double photoHeight,
            double sourceEnlargement) {
        Bounds.require("A source's enlargement", sourceEnlargement, 1, 16);
        Point left = points.leftEye();
        Point right = points.rightEye();
        if (right.x() < left.x()) {
            Point swap = left;
            left = right;
            right = swap;
        }
        Framing framing = styleFraming.forAspect(aspect);
        Crop crop = variation.crop();
        double eyeLine = framing.eyeLine() + crop.eyeShift() + variation.offsetY();
        double styled = framing.faceHeight() * crop.faceScale() * variation.zoom();
        double eyesBelowTop = (left.y() + right.y()) / 2.0;
        double faceHeightFraction = Math.max(
                styled,
                Math.min(
                        Math.min(styled * MAX_ZOOM, MAX_FACE_HEIGHT),
                        within(face, eyeLine, eyesBelowTop, photoHeight)));
        double cropHeight = face.height() / faceHeightFraction;
        OutputSize size =
                OutputSize.forCrop(cropHeight * aspect.ratio() / sourceEnlargement, cropHeight / sourceEnlargement);
        int width = size.width();
        int height = size.height();
        double roll = StrictMath.atan2(right.y() - left.y(), right.x() - left.x());
        double r = -roll;
        double cos = StrictMath.cos(r);
        double sin = StrictMath.sin(r);
        double scale = faceHeightFraction * height / face.height();

        double eyesX = (left.x() + right.x()) / 2.0;
        double eyesY = (left.y() + right.y()) / 2.0;
        double translateY = eyeLine * height - scale * (sin * eyesX + cos * eyesY);
        double faceX = (face.left() + face.right()) / 2.0;
        double faceY = (face.top() + face.bottom()) / 2.0;
        double translateX = (0.5 + variation.offsetX()) * width - scale * (cos * faceX - sin * faceY);

        Point faceCentre = new Point((float) faceX, (float) faceY);
        double[] m = {scale * cos, -scale * sin, translateX, scale * sin, scale * cos, translateY};
        return new Composition(
                width,
                height,
                size.upscaled(),
                scale,
                Math.toDegrees(r),
                translateX,
                translateY,
                apply(m, left),
                apply(m, right),
                apply(m, faceCentre),
                face.width() * scale,
                faceHeightFraction,
                eyeLine);
    }

    /**
     * The smallest face share at which the crop's bottom, less the fade's allowance, stays inside the photo: the
     * crop is face height / share tall, its bottom (1 - eye line) of that below the eyes. A photo cut at the sides
     * only loses shoulders, which fade there.
     */
    private static double within(FaceBox face, double eyeLine, double eyesY, double photoHeight) {
        double needed = 0;
        double below = photoHeight - eyesY;
        if (below > 0) {
            needed = Math.max(needed, (1 - eyeLine - FADE_ALLOWANCE) * face.height() / below);
        }
        return needed;
    }

    private static Point apply(double[] m, Point p) {
        return new Point((float) (m[0] * p.x() + m[1] * p.y() + m[2]), (float) (m[3] * p.x() + m[4] * p.y() + m[5]));
    }
}
