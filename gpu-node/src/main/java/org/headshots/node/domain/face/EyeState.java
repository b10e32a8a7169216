package org.headshots.node.domain.face;

/** How likely each eye is open, 0 to 1; "left" is the eye on the image's left. */
public record EyeState(float leftOpen, float rightOpen) {

    public EyeState {
        requireProbability("leftOpen", leftOpen);
        requireProbability("rightOpen", rightOpen);
    }

    private static void requireProbability(String name, float p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability between 0 and 1: " + p);
        }
    }
}
