package org.headshots.node.domain.compose;

/**
 * Where the face goes in the frame: the eyes' line as a fraction of the frame height from the top,
 * and the face box's height as a fraction of the frame height.
 */
public record Framing(double eyeLine, double faceHeight) {

    public Framing {
        Bounds.require("The eye line of a framing", eyeLine, 0.25, 0.55);
        Bounds.require("The face height of a framing", faceHeight, 0.10, 0.60);
    }

    /** Head and shoulders: the usual corporate headshot. */
    public static Framing headAndShoulders() {
        return new Framing(0.40, 0.30);
    }

    /** A tighter crop: the face fills more of the frame. */
    public static Framing closeUp() {
        return new Framing(0.40, 0.42);
    }

    /** Down to the waist: more body, smaller face, eyes higher. */
    public static Framing halfBody() {
        return new Framing(0.33, 0.18);
    }
}
