package org.headshots.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.headshots.domain.style.StyleList;

/**
 * What an order asks for each person: how many headshots, in which styles, the brand colour for the
 * brand-colour backdrop, and how many remakes a person may ask for.
 */
@Embeddable
public class HeadshotPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> DEFAULT_STYLES =
            List.of("studio-grey", "office-blue", "white-clean", "warm-neutral");
    public static final String BRAND_COLOUR_STYLE = "brand-colour";
    public static final int MAX_HEADSHOTS = 200;
    public static final int MAX_REMAKES = 5;

    @Column(name = "headshots_per_person", nullable = false)
    private int headshotsPerPerson;

    @Column(nullable = false, length = 400)
    private StyleList styles;

    @Column(name = "brand_colour", length = 7)
    private String brandColour;

    @Column(name = "remakes_per_person", nullable = false)
    private int remakesPerPerson;

    protected HeadshotPlan() {
        // for JPA
    }

    public HeadshotPlan(int headshotsPerPerson, List<String> styles, String brandColour, int remakesPerPerson) {
        if (headshotsPerPerson < 1 || headshotsPerPerson > MAX_HEADSHOTS) {
            throw new InvalidOrderException(
                    "Each person gets between 1 and " + MAX_HEADSHOTS + " headshots, not " + headshotsPerPerson);
        }
        if (remakesPerPerson < 0 || remakesPerPerson > MAX_REMAKES) {
            throw new InvalidOrderException(
                    "Each person may ask for between 0 and " + MAX_REMAKES + " remakes, not " + remakesPerPerson);
        }
        Objects.requireNonNull(styles, "styles");
        if (styles.isEmpty()) {
            throw new InvalidOrderException("Choose at least one style");
        }
        for (String style : styles) {
            if (style == null || !style.matches("[a-z0-9-]{1,64}")) {
                throw new InvalidOrderException(
                        "'" + style + "' is not a style id (lower-case letters, digits and dashes)");
            }
        }
        List<String> distinct = List.copyOf(new LinkedHashSet<>(styles));
        if (distinct.size() > headshotsPerPerson) {
            throw new InvalidOrderException(
                    distinct.size() + " styles need at least as many headshots per person, not " + headshotsPerPerson);
        }
        brandColour = brandColour == null || brandColour.isBlank()
                ? null
                : brandColour.strip().toLowerCase(Locale.ROOT);
        if (brandColour != null && !brandColour.matches("#[0-9a-f]{6}")) {
            throw new InvalidOrderException("The brand colour '" + brandColour + "' is not a hex colour like #1a4b8c");
        }
        if (styles.contains(BRAND_COLOUR_STYLE) && brandColour == null) {
            throw new InvalidOrderException(
                    "The brand-colour style needs the brand colour, as a hex colour like #1a4b8c");
        }
        this.headshotsPerPerson = headshotsPerPerson;
        this.styles = new StyleList(distinct);
        this.brandColour = brandColour;
        this.remakesPerPerson = remakesPerPerson;
    }

    public int headshotsPerPerson() {
        return headshotsPerPerson;
    }

    public List<String> styles() {
        return styles.ids();
    }

    /** The brand colour as #rrggbb, or null when the order has none. */
    public String brandColour() {
        return brandColour;
    }

    public int remakesPerPerson() {
        return remakesPerPerson;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HeadshotPlan plan
                && headshotsPerPerson == plan.headshotsPerPerson
                && remakesPerPerson == plan.remakesPerPerson
                && styles.equals(plan.styles)
                && Objects.equals(brandColour, plan.brandColour);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headshotsPerPerson, styles, brandColour, remakesPerPerson);
    }

    @Override
    public String toString() {
        return headshotsPerPerson + " headshots in " + styles.joined() + (brandColour == null ? "" : " " + brandColour)
                + ", " + remakesPerPerson + " remakes";
    }

    /** 40 headshots in the four standard styles, one remake. */
    public static HeadshotPlan standard() {
        return new HeadshotPlan(40, DEFAULT_STYLES, null, 1);
    }

    /** The plan asked for, with the standard for what was left out. */
    public static HeadshotPlan of(
            Integer headshotsPerPerson, List<String> styles, String brandColour, Integer remakesPerPerson) {
        HeadshotPlan standard = standard();
        return new HeadshotPlan(
                headshotsPerPerson == null ? standard.headshotsPerPerson : headshotsPerPerson,
                styles == null || styles.isEmpty() ? standard.styles() : styles,
                brandColour,
                remakesPerPerson == null ? standard.remakesPerPerson : remakesPerPerson);
    }
}
