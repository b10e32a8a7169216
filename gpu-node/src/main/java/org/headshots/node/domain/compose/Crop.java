package org.headshots.node.domain.compose;

/**
 * How close a headshot is cropped compared with its style, so that the headshots made from one photo do not all
 * look alike: the style's own crop, a closer one, and a wider one that shows more of the body where the photo
 * has it (where it does not, {@link FramePlanner} comes closer again, as for any crop).
 *
 * @param faceScale how much larger (or smaller) the face is drawn than the style says
 * @param eyeShift  how much lower (or higher) the eyes sit, as a share of the frame's height
 */
public enum Crop {
    STYLE(1, 0),
    CLOSER(1.22, 0.012),
    WIDER(0.8, -0.025);

    private final double faceScale;
    private final double eyeShift;

    Crop(double faceScale, double eyeShift) {
        this.faceScale = faceScale;
        this.eyeShift = eyeShift;
    }

    /** Headshots 0, 3, 6, ... in the style's crop, 1, 4, 7, ... closer, 2, 5, 8, ... wider. */
    public static Crop forIndex(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("A headshot index is 0 or more, not " + index);
        }
        return values()[index % 3];
    }

    public double faceScale() {
        return faceScale;
    }

    public double eyeShift() {
        return eyeShift;
    }
}
