package org.headshots.node.domain.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The styles an administrator can choose from, by id. */
public final class StyleCatalogue {

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
        OutputSize size = OutputSize.DEFAULT;
        Framing headAndShoulders = Framing.headAndShoulders();
        return new StyleCatalogue(List.of(
                new HeadshotStyle("studio-grey", "Studio grey",
                        new Backdrop.Studio(Rgb.hex("#9a9ea3"), Rgb.hex("#4a4e54")),
                        headAndShoulders, size,
                        new ColourGrade(0.1, 0.08, -0.05, 0.05), new KeyLight(0.6, -35), 0.12),
                new HeadshotStyle("office-blue", "Office blue",
                        new Backdrop.VerticalGradient(Rgb.hex("#5d7fa3"), Rgb.hex("#2c4763")),
                        headAndShoulders, size,
                        new ColourGrade(-0.05, 0.06, 0, 0.05), new KeyLight(0.5, 30), 0.10),
                new HeadshotStyle("white-clean", "Clean white",
                        new Backdrop.Solid(Rgb.hex("#f4f4f2")),
                        headAndShoulders, size,
                        new ColourGrade(0.05, 0.04, 0.02, 0.15), new KeyLight(0.35, -25), 0.03),
                new HeadshotStyle("warm-neutral", "Warm neutral",
                        new Backdrop.VerticalGradient(Rgb.hex("#d8c8b4"), Rgb.hex("#a8947e")),
                        headAndShoulders, size,
                        new ColourGrade(0.3, 0.05, 0.05, 0.1), new KeyLight(0.5, -40), 0.08),
                new HeadshotStyle("charcoal-executive", "Charcoal executive",
                        new Backdrop.Studio(Rgb.hex("#5a5c60"), Rgb.hex("#1e1f22")),
                        Framing.closeUp(), size,
                        new ColourGrade(-0.05, 0.15, -0.1, 0), new KeyLight(0.8, 45), 0.18),
                new HeadshotStyle("linkedin-half-body", "Half body, light grey",
                        new Backdrop.VerticalGradient(Rgb.hex("#e2e4e6"), Rgb.hex("#b9bdc2")),
                        Framing.halfBody(), size,
                        new ColourGrade(0.05, 0.05, 0, 0.1), new KeyLight(0.4, -30), 0.06)));
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
