package org.headshots.node.domain.face;

import java.util.List;
import java.util.Objects;

/**
 * The 68 facial landmarks of the iBUG 300-W layout (0–16 jaw, 17–26 brows, 27–35 nose, 36–41 and 42–47 eyes,
 * 48–67 mouth), in pixel coordinates of the photo.
 */
public record Landmarks(List<Point> points) {

    public static final int COUNT = 68;

    public Landmarks {
        Objects.requireNonNull(points, "points");
        if (points.size() != COUNT) {
            throw new IllegalArgumentException("expected " + COUNT + " landmarks, got " + points.size());
        }
        points = List.copyOf(points);
    }

    public Point get(int index) {
        return points.get(index);
    }

    /** The eye on the image's left (the person's right eye): points 36–41. */
    public List<Point> imageLeftEye() {
        return points.subList(36, 42);
    }

    /** The eye on the image's right (the person's left eye): points 42–47. */
    public List<Point> imageRightEye() {
        return points.subList(42, 48);
    }

    public FivePoints fivePoints() {
        return new FivePoints(
                Point.centreOf(imageLeftEye()),
                Point.centreOf(imageRightEye()),
                points.get(30),
                points.get(48),
                points.get(54));
    }
}
