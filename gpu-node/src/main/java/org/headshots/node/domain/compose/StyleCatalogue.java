package org.headshots.node.domain.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The styles an administrator can choose from, by id. */
public final class StyleCatalogue {

    /** The id of the standard style painted in each order's brand colour. */
    public static final String BRAND_COLOUR = "brand-colour";
    /** What the brand-colour style shows where no order is at hand (samples, previews). */
    static final Rgb PREVIEW_BRAND_COLOUR = Rgb.hex("#1f4e79");

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private final Map<String, HeadshotStyle> byId = new LinkedHashMap<>();

    public StyleCatalogue(List<HeadshotStyle> styles) {
        if (styles.isEmpty()) {
            throw new IllegalArgumentException("A style catalogue holds at least one style");
        }
        for (HeadshotStyle style : styles) {
            if (byId.putIfAbsent(style.id(), style) != null) {
                throw new IllegalArgumentException("Two styles in one catalogue share the id '" + style.id() + "'");
            }
        }
    }

    /** The corporate styles the product ships with. */
    public static StyleCatalogue standard() {
        Framing headAndShoulders = Framing.headAndShoulders();
        return new StyleCatalogue(List.of(
                new HeadshotStyle(
                        "studio-grey",
                        "Studio grey",
                        new Backdrop.Studio(Rgb.hex("#9a9ea3"), Rgb.hex("#4a4e54")),
                        headAndShoulders,
                        new ColourGrade(0.1, 0.08, -0.05, 0.05),
                        new KeyLight(0.6, -35),
                        0.12),
                new HeadshotStyle(
                        "office-blue",
                        "Office blue",
                        new Backdrop.VerticalGradient(Rgb.hex("#5d7fa3"), Rgb.hex("#2c4763")),
                        headAndShoulders,
                        new ColourGrade(-0.05, 0.06, 0, 0.05),
                        new KeyLight(0.5, 30),
                        0.10),
                new HeadshotStyle(
                        "white-clean",
                        "Clean white",
                        new Backdrop.Studio(Rgb.hex("#f7f7f5"), Rgb.hex("#d6d7d5")),
                        headAndShoulders,
                        new ColourGrade(0.05, 0.04, 0.02, 0.15),
                        new KeyLight(0.35, -25),
                        0.06),
                new HeadshotStyle(
                        "warm-neutral",
                        "Warm neutral",
                        new Backdrop.VerticalGradient(Rgb.hex("#d8c8b4"), Rgb.hex("#a8947e")),
                        headAndShoulders,
                        new ColourGrade(0.3, 0.05, 0.05, 0.1),
                        new KeyLight(0.5, -40),
                        0.08),
                new HeadshotStyle(
                        "charcoal-executive",
                        "Charcoal executive",
                        new Backdrop.Studio(Rgb.hex("#5a5c60"), Rgb.hex("#1e1f22")),
                        Framing.closeUp(),
                        new ColourGrade(-0.05, 0.15, -0.1, 0),
                        new KeyLight(0.8, 45),
                        0.18),
                new HeadshotStyle(
                        "linkedin-half-body",
                        "Half body, light grey",
                        new Backdrop.VerticalGradient(Rgb.hex("#e2e4e6"), Rgb.hex("#b9bdc2")),
                        Framing.halfBody(),
                        new ColourGrade(0.05, 0.05, 0, 0.1),
                        new KeyLight(0.4, -30),
                        0.06),
                new HeadshotStyle(
                        BRAND_COLOUR,
                        "Brand colour",
                        new Backdrop.BrandColour(PREVIEW_BRAND_COLOUR),
                        headAndShoulders,
                        new ColourGrade(0.05, 0.05, 0, 0.08),
                        new KeyLight(0.5, -30),
                        0),
                new HeadshotStyle(
                        "office-blurred",
                        "Office, out of focus",
                        new Backdrop.Scene(Backdrop.Scene.Place.OFFICE, Rgb.hex("#c9c3b8"), Rgb.hex("#6e675d")),
                        headAndShoulders,
                        new ColourGrade(0.12, 0.06, 0, 0.08),
                        new KeyLight(0.5, -35),
                        0.08),
                new HeadshotStyle(
                        "outdoor-blurred",
                        "Outdoors, out of focus",
                        new Backdrop.Scene(Backdrop.Scene.Place.OUTDOOR, Rgb.hex("#bcd3e8"), Rgb.hex("#4f6a3c")),
                        headAndShoulders,
                        new ColourGrade(0.08, 0.06, 0.05, 0.1),
                        new KeyLight(0.55, 40),
                        0.06)));
    }

    /**
     * The style an order asks for, in the order's brand colour ({@code #RRGGBB}, or empty for none) when the
     * style takes one.
     *
     * @throws IllegalArgumentException for an unknown style, a style that takes a brand colour without one,
     *         or a colour that is not written {@code #RRGGBB}, saying what to do
     */
    public HeadshotStyle forOrder(String id, String brandColour) {
        HeadshotStyle style = byId(id);
        String colour = brandColour == null ? "" : brandColour.strip();
        if (colour.isEmpty()) {
            if (style.takesBrandColour()) {
                throw new IllegalArgumentException("The style '" + id + "' paints the backdrop in the company's brand"
                        + " colour, but the order names none: give the order a brand colour written #RRGGBB (for"
                        + " example " + PREVIEW_BRAND_COLOUR + ") or choose another style");
            }
            return style;
        }
        if (!HEX.matcher(colour).matches()) {
            throw new IllegalArgumentException("The brand colour '" + brandColour + "' is not a colour written"
                    + " #RRGGBB (a # and six hexadecimal digits, for example " + PREVIEW_BRAND_COLOUR + ")");
        }
        return style.inBrandColour(Rgb.hex(colour));
    }

    /** The style with this id; {@link UnknownStyleException} naming the known ids when there is none. */
    public HeadshotStyle byId(String id) {
        HeadshotStyle style = byId.get(id);
        if (style == null) {
            throw new UnknownStyleException(id, byId.keySet());
        }
        return style;
    }

    public List<HeadshotStyle> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
