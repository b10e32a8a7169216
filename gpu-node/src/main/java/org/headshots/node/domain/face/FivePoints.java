package org.headshots.node.domain.face;

public record FivePoints(Point leftEye, Point rightEye, Point nose, Point leftMouth, Point rightMouth) {
}
