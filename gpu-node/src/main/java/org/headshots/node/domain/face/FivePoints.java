package org.headshots.node.domain.face;

import java.util.List;
import java.util.Objects;

/** The five points faces are aligned by; "left" is the image's left. */
public record FivePoints(Point leftEye, Point rightEye, Point noseTip, Point leftMouth, Point rightMouth) {

    public FivePoints {
        Objects.requireNonNull(leftEye, "leftEye");
        Objects.requireNonNull(rightEye, "rightEye");
        Objects.requireNonNull(noseTip, "noseTip");
        Objects.requireNonNull(leftMouth, "leftMouth");
        Objects.requireNonNull(rightMouth, "rightMouth");
    }

    /** In the order left eye, right eye, nose tip, left mouth corner, right mouth corner. */
    public List<Point> asList() {
        return List.of(leftEye, rightEye, noseTip, leftMouth, rightMouth);
    }
}
