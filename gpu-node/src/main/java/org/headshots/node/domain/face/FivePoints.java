package org.headshots.node.domain.face;

import java.util.Objects;

/** The five face landmarks of a detection; "left" is the image left. */
public record FivePoints(Point leftEye, Point rightEye, Point nose, Point leftMouth, Point rightMouth) {

    public FivePoints {
        Objects.requireNonNull(leftEye, "leftEye");
        Objects.requireNonNull(rightEye, "rightEye");
        Objects.requireNonNull(nose, "nose");
        Objects.requireNonNull(leftMouth, "leftMouth");
        Objects.requireNonNull(rightMouth, "rightMouth");
    }
}
