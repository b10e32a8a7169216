package org.headshots.application.fleet;

import java.time.Duration;
import java.util.List;
import org.headshots.domain.fleet.NodeAddress;

/** What a node found in a photo IT sent to check the fleet: its size, the faces, and the node's own time. */
public record PhotoCheck(NodeAddress node, int width, int height, List<Face> faces, Duration work) {

    public PhotoCheck {
        faces = List.copyOf(faces);
    }

    /** One face: its box in pixels, the detector's score, the eyes' openness and the head's pose in degrees. */
    public record Face(
            float left,
            float top,
            float right,
            float bottom,
            float score,
            float leftEyeOpen,
            float rightEyeOpen,
            float yaw,
            float pitch,
            float roll) {}
}
