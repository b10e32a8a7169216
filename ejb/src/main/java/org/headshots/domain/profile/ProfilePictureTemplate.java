package org.headshots.domain.profile;

import java.util.Objects;
import org.headshots.domain.refusal.InvalidValueException;

/**
 * How a member's favourite headshot becomes a profile picture: its shape and size, in colour or grey, the
 * backdrop kept or replaced by the brand colour, a border inside the shape and the organisation's logo in a corner.
 * Greyscale turns the photo grey, backdrop included; the border and the logo keep their colours.
 */
public record ProfilePictureTemplate(
        Shape shape,
        int size,
        boolean greyscale,
        Background background,
        int borderWidth,
        BorderColour borderColour,
        LogoCorner logoCorner) {

    public static final int MIN_SIZE = 128;
    public static final int MAX_SIZE = 1024;
    public static final int DEFAULT_SIZE = 600;
    public static final int MAX_BORDER_WIDTH = 32;

    public ProfilePictureTemplate {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(borderColour, "borderColour");
        Objects.requireNonNull(logoCorner, "logoCorner");
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new InvalidValueException("A profile picture is " + MIN_SIZE + " to " + MAX_SIZE + " px a side, not "
                    + size + " px: choose a size in that range");
        }
        if (borderWidth < 0 || borderWidth > MAX_BORDER_WIDTH) {
            throw new InvalidValueException("A border is 0 (none) to " + MAX_BORDER_WIDTH + " px wide, not "
                    + borderWidth + " px: choose a width in that range");
        }
    }

    /** A circle of 600 px in colour on the brand colour, without border or logo. */
    public static ProfilePictureTemplate standard() {
        return new ProfilePictureTemplate(
                Shape.CIRCLE, DEFAULT_SIZE, false, Background.BRAND, 0, BorderColour.BRAND, LogoCorner.NONE);
    }

    /** The same template with the headshot's backdrop kept, or the brand colour behind the person. */
    public ProfilePictureTemplate withBackground(Background newBackground) {
        return new ProfilePictureTemplate(shape, size, greyscale, newBackground, borderWidth, borderColour, logoCorner);
    }

    /**
     * The template for an organisation that has no brand colour (any more): the headshot's backdrop kept and a
     * white border where it asked for the brand colour.
     */
    public ProfilePictureTemplate withoutBrandColour() {
        return new ProfilePictureTemplate(
                shape,
                size,
                greyscale,
                Background.KEEP,
                borderWidth,
                borderColour == BorderColour.BRAND ? BorderColour.WHITE : borderColour,
                logoCorner);
    }

    /** The same template in another shape or size, as a person may want theirs. */
    public ProfilePictureTemplate reshaped(Shape newShape, int newSize) {
        return new ProfilePictureTemplate(
                newShape, newSize, greyscale, background, borderWidth, borderColour, logoCorner);
    }

    public boolean hasLogo() {
        return logoCorner != LogoCorner.NONE;
    }

    public boolean hasBorder() {
        return borderWidth > 0;
    }

    /** Whether the picture needs the organisation's brand colour, for its backdrop or its border. */
    public boolean usesBrandColour() {
        return background == Background.BRAND || hasBorder() && borderColour == BorderColour.BRAND;
    }
}
