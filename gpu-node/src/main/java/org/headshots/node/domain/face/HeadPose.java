package org.headshots.node.domain.face;

/** Head rotation in degrees; 0, 0, 0 is a face looking straight into the camera. */
public record HeadPose(float yawDegrees, float pitchDegrees, float rollDegrees) {

    public HeadPose {
        requireAngle("yaw", yawDegrees);
        requireAngle("pitch", pitchDegrees);
        requireAngle("roll", rollDegrees);
    }

    private static void requireAngle(String name, float degrees) {
        if (!(degrees >= -180 && degrees <= 180)) {
            throw new IllegalArgumentException(name + " must be between -180 and 180 degrees: " + degrees);
        }
    }
}
