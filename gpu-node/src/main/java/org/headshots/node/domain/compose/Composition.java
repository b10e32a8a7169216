package org.headshots.node.domain.compose;

import org.headshots.node.domain.face.Point;

/**
 * Where a photo lands in a headshot frame: a similarity transform (scale, rotation, translation)
 * from photo pixels to frame pixels, and where the face ended up.
 *
 * <p>frame x = scale (cos r x - sin r y) + translateX, frame y = scale (sin r x + cos r y) + translateY.
 *
 * @param rotationDegrees  r, positive turning the photo clockwise on screen (y points down)
 * @param eyeLine          the eyes' height as a fraction of the frame height
 * @param faceHeightFraction the face box's height as a fraction of the frame height
 * @param faceWidth        the face box's width in frame pixels
 */
public record Composition(
        int width,
        int height,
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
        return scale * (Math.cos(r) * photoX - Math.sin(r) * photoY) + translateX;
    }

    public double frameY(double photoX, double photoY) {
        double r = Math.toRadians(rotationDegrees);
        return scale * (Math.sin(r) * photoX + Math.cos(r) * photoY) + translateY;
    }

    public Point toFrame(Point photo) {
        return new Point((float) frameX(photo.x(), photo.y()), (float) frameY(photo.x(), photo.y()));
    }

    /** How much the eyes differ in height in the frame, in pixels. */
    public double eyeTilt() {
        return rightEye.y() - leftEye.y();
    }
}
