package org.headshots.interfaces.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.headshots.domain.profile.Background;
import org.headshots.domain.profile.BorderColour;
import org.headshots.domain.profile.LogoCorner;
import org.headshots.domain.profile.ProfilePictureTemplate;
import org.headshots.domain.profile.Shape;

/**
 * A profile-picture template as request parameters or JSON fields: {@code shape} (square, circle), {@code size}
 * (128 to 1024), {@code greyscale} (true, false), {@code background} (keep, brand), {@code border} (0 to 32 px),
 * {@code borderColour} (brand, white, black) and {@code logo} (none, top-left, top-right, bottom-left,
 * bottom-right). Each one left out keeps the base template's.
 */
public final class ProfileTemplateText {

    private ProfileTemplateText() {}

    /**
     * @param value a parameter's text by name, null when absent
     * @throws IllegalArgumentException naming the parameter and what it may be
     */
    public static ProfilePictureTemplate read(Function<String, String> value, ProfilePictureTemplate base) {
        return new ProfilePictureTemplate(
                choice(value.apply("shape"), "shape", Shape.class, base.shape()),
                number(value.apply("size"), "size", base.size()),
                flag(value.apply("greyscale"), "greyscale", base.greyscale()),
                choice(value.apply("background"), "background", Background.class, base.background()),
                number(value.apply("border"), "border", base.borderWidth()),
                choice(value.apply("borderColour"), "borderColour", BorderColour.class, base.borderColour()),
                choice(value.apply("logo"), "logo", LogoCorner.class, base.logoCorner()));
    }

    /** "top-left" for TOP_LEFT: how the choices are written in parameters, JSON and the page. */
    public static String name(Enum<?> choice) {
        return choice.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E choice(String text, String field, Class<E> type, E otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + field + "' is "
                        + Arrays.stream(type.getEnumConstants())
                                .map(ProfileTemplateText::name)
                                .collect(Collectors.joining(", "))
                        + ", not '" + cut(text) + "'"));
    }

    private static int number(String text, String field, int otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + field + "' is a whole number of pixels, not '" + cut(text) + "'");
        }
    }

    private static boolean flag(String text, String field, boolean otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no" -> false;
            default -> throw new IllegalArgumentException("'" + field + "' is true or false, not '" + cut(text) + "'");
        };
    }

    private static String cut(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
