package org.headshots.domain.order;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an order asks for each person: how many headshots, in which styles, the brand colour for the
 * brand-colour backdrop, and how many remakes a person may ask for.
 */
public record HeadshotPlan(int headshotsPerPerson, List<String> styles, String brandColour, int remakesPerPerson) {

    public static final List<String> DEFAULT_STYLES = List.of("studio-grey", "office-blue", "white-clean", "warm-neutral");
    public static final String BRAND_COLOUR_STYLE = "brand-colour";
    public static final int MAX_HEADSHOTS = 200;
    public static final int MAX_REMAKES = 5;

    public HeadshotPlan {
        if (headshotsPerPerson < 1 || headshotsPerPerson > MAX_HEADSHOTS) {
            throw new InvalidOrderException("Each person gets between 1 and " + MAX_HEADSHOTS + " headshots, not "
                    + headshotsPerPerson);
        }
        if (remakesPerPerson < 0 || remakesPerPerson > MAX_REMAKES) {
            throw new InvalidOrderException("Each person may ask for between 0 and " + MAX_REMAKES + " remakes, not "
                    + remakesPerPerson);
        }
        Objects.requireNonNull(styles, "styles");
        if (styles.isEmpty()) {
            throw new InvalidOrderException("Choose at least one style");
        }
        for (String style : styles) {
            if (style == null || !style.matches("[a-z0-9-]{1,64}")) {
                throw new InvalidOrderException("'" + style + "' is not a style id (lower-case letters, digits and dashes)");
            }
        }
        styles = List.copyOf(new LinkedHashSet<>(styles));
        if (styles.size() > headshotsPerPerson) {
            throw new InvalidOrderException(styles.size() + " styles need at least as many headshots per person, not "
                    + headshotsPerPerson);
        }
        brandColour = brandColour == null || brandColour.isBlank() ? null : brandColour.strip().toLowerCase(Locale.ROOT);
        if (brandColour != null && !brandColour.matches("#[0-9a-f]{6}")) {
            throw new InvalidOrderException("The brand colour '" + brandColour + "' is not a hex colour like #1a4b8c");
        }
        if (styles.contains(BRAND_COLOUR_STYLE) && brandColour == null) {
            throw new InvalidOrderException("The brand-colour style needs the brand colour, as a hex colour like #1a4b8c");
        }
    }

    /** 40 headshots in the four standard styles, one remake. */
    public static HeadshotPlan standard() {
        return new HeadshotPlan(40, DEFAULT_STYLES, null, 1);
    }

    /** The plan asked for, with the standard for what was left out. */
    public static HeadshotPlan of(Integer headshotsPerPerson, List<String> styles, String brandColour,
            Integer remakesPerPerson) {
        HeadshotPlan standard = standard();
        return new HeadshotPlan(headshotsPerPerson == null ? standard.headshotsPerPerson : headshotsPerPerson,
                styles == null || styles.isEmpty() ? standard.styles : styles, brandColour,
                remakesPerPerson == null ? standard.remakesPerPerson : remakesPerPerson);
    }

    /** The plan as the database holds it: styles comma-separated. */
    public static HeadshotPlan stored(int headshotsPerPerson, String styles, String brandColour, int remakesPerPerson) {
        return new HeadshotPlan(headshotsPerPerson, List.of(styles.split(",")), brandColour, remakesPerPerson);
    }
}
