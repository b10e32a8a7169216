package org.headshots.node.domain.face;

public record HeadPose(float yawDegrees, float pitchDegrees, float rollDegrees) {
}
