package org.headshots.node.domain.compose;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A look an administrator approves for a whole team: backdrop, framing, colour grade, key light and
 * vignette (0 none to 0.4, how much the corners darken). A style with a {@link Backdrop.BrandColour}
 * is painted in the colour each order names (see {@link #inBrandColour}).
 */
public record HeadshotStyle(
        String id,
        String displayName,
        Backdrop backdrop,
        Framing framing,
        ColourGrade grade,
        KeyLight keyLight,
        double vignette) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_NAME_LENGTH = 80;
    public static final double MAX_VIGNETTE = 0.4;

    public HeadshotStyle {
        Objects.requireNonNull(id, "id");
        if (id.length() > MAX_ID_LENGTH || !SLUG.matcher(id).matches()) {
            throw new IllegalArgumentException("A style id is a slug of at most " + MAX_ID_LENGTH
                    + " lower-case letters, digits and single hyphens, not '" + id + "'");
        }
        Objects.requireNonNull(displayName, "displayName");
        if (displayName.isBlank() || displayName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    "A style's display name is 1 to " + MAX_NAME_LENGTH + " characters, not '" + displayName + "'");
        }
        Objects.requireNonNull(backdrop, "backdrop");
        Objects.requireNonNull(framing, "framing");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(keyLight, "keyLight");
        Bounds.require("A style's vignette", vignette, 0, MAX_VIGNETTE);
    }

    /** Whether the style's backdrop is the order's brand colour. */
    public boolean takesBrandColour() {
        return backdrop instanceof Backdrop.BrandColour;
    }

    /** This style with its backdrop in {@code colour}; the style itself when it takes no brand colour. */
    public HeadshotStyle inBrandColour(Rgb colour) {
        Objects.requireNonNull(colour, "colour");
        return takesBrandColour()
                ? new HeadshotStyle(
                        id, displayName, new Backdrop.BrandColour(colour), framing, grade, keyLight, vignette)
                : this;
    }
}
