package org.headshots.infrastructure.persistence;

import java.util.Locale;

/** A JPQL LIKE pattern that finds the text anywhere, its own % and _ taken literally (escape character '!'). */
final class LikePattern {

    static final String ESCAPE = " ESCAPE '!'";

    private LikePattern() {}

    static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    static String containingIgnoringCase(String text) {
        return containing(text.toLowerCase(Locale.ROOT));
    }
}
