package org.headshots.domain.consent;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a person is asked to agree to, word for word, and the version that names that wording. A new wording
 * gets a new version, so that each acceptance says exactly what was read.
 */
public record ConsentText(String version, String text) {

    /** The date the wording was published and its number on that day, e.g. 2026-11-1. */
    private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,3}");

    public static final int MAX_VERSION_LENGTH = 32;

    public ConsentText {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(text, "text");
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("A consent version looks like 2026-11-1, not '" + version + "'");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("Consent version " + version + " has no text");
        }
    }

    public boolean isVersion(String other) {
        return version.equals(other);
    }
}
