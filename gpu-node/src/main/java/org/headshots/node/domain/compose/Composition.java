package org.headshots.node.domain.compose;

import org.headshots.node.domain.face.Point;

/**
 * Where a photo lands in a headshot frame: a similarity transform (scale, rotation, translation)
 * from photo pixels to frame pixels, and where the face ended up.
 *
 * <p>frame x = scale (cos r x - sin r y) + translateX, frame y = scale (sin r x + cos r y) + translateY.
 *
 * @param upscaled         the photo held fewer pixels than the frame: it is enlarged
 * @param rotationDegrees  r, positive turning the photo clockwise on screen (y points down)
 * @param eyeLine          the eyes' height as a fraction of the frame height
 * @param faceHeightFraction the face box's height as a fraction of the frame height
 * @param faceWidth        the face box's width in frame pixels
 */
public record Composition(
        int width,
        int height,
        boolean upscaled,
        double scale,
        double rotationDegrees,
        double translateX,
        double translateY,
        Point leftEye,
        Point rightEye,
        Point faceCentre,
        double faceWidth,
        double faceHeightFraction,
        double eyeLine) {

    public double frameX(double photoX, double photoY) {
        double r = Math.toRadians(rotationDegrees);
        return scale * (StrictMath.cos(r) * photoX - StrictMath.sin(r) * photoY) + translateX;
    }

    public double frameY(double photoX, double photoY) {
        double r = Math.toRadians(rotationDegrees);
        return scale * (StrictMath.sin(r) * photoX + StrictMath.cos(r) * photoY) + translateY;
    }

    /** The photo x of the frame position (x, y): the inverse of the placement. */
    public double photoX(double frameX, double frameY) {
        double r = Math.toRadians(rotationDegrees);
        return (StrictMath.cos(r) * (frameX - translateX) + StrictMath.sin(r) * (frameY - translateY)) / scale;
    }

    public double photoY(double frameX, double frameY) {
        double r = Math.toRadians(rotationDegrees);
        return (-StrictMath.sin(r) * (frameX - translateX) + StrictMath.cos(r) * (frameY - translateY)) / scale;
    }

    public Point toFrame(Point photo) {
        return new Point((float) frameX(photo.x(), photo.y()), (float) frameY(photo.x(), photo.y()));
    }

    /** How much the eyes differ in height in the frame, in pixels. */
    public double eyeTilt() {
        return rightEye.y() - leftEye.y();
    }
}
