package org.headshots.node.domain.compose;

/**
 * Where the face goes in a portrait (4:5) frame: the eyes' line as a fraction of the frame height from
 * the top, and the face box's height as a fraction of the frame height. {@link #forAspect} gives the same
 * look in other shapes.
 */
public record Framing(double eyeLine, double faceHeight) {

    /** A square frame is shorter: the face takes more of its height and the eyes sit a little lower. */
    private static final double SQUARE_FACE_GAIN = 1.12;

    private static final double SQUARE_EYE_DROP = 0.02;

    public Framing {
        Bounds.require("The eye line of a framing", eyeLine, 0.25, 0.55);
        Bounds.require("The face height of a framing", faceHeight, 0.10, 0.60);
    }

    /** Head and shoulders, the usual corporate headshot: eyes about a third from the top, shoulders in. */
    public static Framing headAndShoulders() {
        return new Framing(0.36, 0.30);
    }

    /** A tighter crop: the face fills more of the frame. */
    public static Framing closeUp() {
        return new Framing(0.37, 0.40);
    }

    /** Down to the waist: more body, smaller face, eyes higher. */
    public static Framing halfBody() {
        return new Framing(0.31, 0.18);
    }

    /** This framing for a frame of the given shape. */
    public Framing forAspect(Aspect aspect) {
        return switch (aspect) {
            case PORTRAIT -> this;
            case SQUARE ->
                new Framing(Math.min(0.55, eyeLine + SQUARE_EYE_DROP), Math.min(0.60, faceHeight * SQUARE_FACE_GAIN));
        };
    }
}
