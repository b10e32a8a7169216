package org.headshots.application.gallery;

import java.util.Locale;
import org.headshots.domain.refusal.InvalidValueException;

/** The sizes a headshot is downloaded in: as made, 1024 px on the long side, and a 400×400 profile picture. */
public enum ImageSize {
    ORIGINAL,
    LARGE,
    PROFILE,
    /** 320 px on the long side, for the gallery grid. */
    THUMBNAIL;

    /** "original", "1024" or "400". */
    public static ImageSize parse(String text) {
        return switch (text == null ? "original" : text.toLowerCase(Locale.ROOT)) {
            case "original" -> ORIGINAL;
            case "1024" -> LARGE;
            case "400" -> PROFILE;
            case "320" -> THUMBNAIL;
            default -> throw new InvalidValueException("size is original, 1024, 400 or 320, not '" + text + "'");
        };
    }
}
