package org.headshots.node.application;

import java.awt.image.BufferedImage;
import java.util.List;
import org.headshots.node.domain.NodeRefusal;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.face.AnalyzedFace;

/** Makes one headshot of a style from a photo, its matte and its face: the same inputs give the same image. */
public interface HeadshotRenderer {

    /** The style ids the renderer knows. */
    List<String> styles();

    /**
     * Whether an order may have this style with this brand colour ({@code #RRGGBB}, or empty for none).
     *
     * @throws NodeRefusal of kind invalid for an unknown style (naming the known ones), a style that needs a brand
     *         colour without one, or a malformed colour: a reason a person can act on
     */
    void checkOrder(String style, String brandColour) throws NodeRefusal;

    /**
     * @throws IllegalArgumentException for an order {@link #checkOrder} refuses
     */
    Rendering render(BufferedImage photo, AlphaMatte matte, AnalyzedFace face, Recipe recipe);

    /** The image as JPEG bytes, with no metadata. */
    byte[] encode(BufferedImage headshot);

    /** A rendering's matte as an 8-bit grey PNG. */
    byte[] encodeMatte(BufferedImage matte);

    /**
     * What to make: headshot {@code index} of an order, at try {@code attempt} (0 first), from a photo enlarged
     * {@code sourceEnlargement} times from the one taken (1: as taken).
     */
    record Recipe(String style, String brandColour, long seed, int index, int attempt, double sourceEnlargement) {

        public Recipe {
            java.util.Objects.requireNonNull(style, "style");
            java.util.Objects.requireNonNull(brandColour, "brandColour");
            if (index < 0 || attempt < 0) {
                throw new IllegalArgumentException(
                        "A headshot's index and try are 0 or more, not " + index + " and " + attempt);
            }
            if (!(sourceEnlargement >= 1)) {
                throw new IllegalArgumentException("A source's enlargement is 1 or more, not " + sourceEnlargement);
            }
        }
    }

    /**
     * A made headshot, whether the photo as taken had to be enlarged for it and by how much (1: not at all), and
     * the person's matte in its frame.
     */
    record Rendering(BufferedImage image, boolean upscaled, double enlargement, BufferedImage matte) {

        public Rendering {
            java.util.Objects.requireNonNull(image, "image");
            java.util.Objects.requireNonNull(matte, "matte");
            if (!(enlargement >= 1)) {
                throw new IllegalArgumentException("An enlargement is 1 or more, not " + enlargement);
            }
        }
    }
}
