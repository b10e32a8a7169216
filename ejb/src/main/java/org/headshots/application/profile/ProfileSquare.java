package org.headshots.application.profile;

/**
 * The square of a portrait that a profile picture shows: as wide as the portrait's short side, centred
 * across, and from the top, since the framing puts the eyes at about 40 % of the height.
 */
public record ProfileSquare(int left, int top, int side) {

    public ProfileSquare {
        if (left < 0 || top < 0 || side < 1) {
            throw new IllegalArgumentException("A square needs a position inside the image and a side of at least "
                    + "1 px, not (" + left + ", " + top + ") and " + side + " px");
        }
    }

    public static ProfileSquare of(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("An image of " + width + "×" + height + " px has no square to cut");
        }
        int side = Math.min(width, height);
        int top = (int) Math.max(0, Math.min(height - side, 0.4 * height - side / 2.0));
        return new ProfileSquare((width - side) / 2, top, side);
    }
}
