package org.headshots.application.photos;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.headshots.application.gallery.ImageSize;
import org.headshots.domain.refusal.InvalidValueException;

/** The sizes a team download holds: one or more of the original, 1024 px and the profile picture. */
public final class PhotoSizes {

    static final String VALID = "original, 1024 and profile (or 400)";

    private final Set<ImageSize> sizes;

    public PhotoSizes(Set<ImageSize> sizes) {
        if (sizes == null || sizes.isEmpty()) {
            throw new InvalidValueException("Pick at least one size: " + VALID);
        }
        if (sizes.contains(ImageSize.THUMBNAIL)) {
            throw new InvalidValueException("The thumbnail is not a size to download; the sizes are " + VALID);
        }
        this.sizes = Collections.unmodifiableSet(EnumSet.copyOf(sizes));
    }

    public static PhotoSizes of(ImageSize first, ImageSize... more) {
        return new PhotoSizes(EnumSet.of(first, more));
    }

    /** "original,1024,profile", in any order and case, with spaces; "400" is the profile picture too. */
    public static PhotoSizes parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("Pick at least one size: " + VALID);
        }
        Set<ImageSize> parsed = EnumSet.noneOf(ImageSize.class);
        for (String item : text.split(",")) {
            String size = item.strip().toLowerCase(Locale.ROOT);
            if (!size.isEmpty()) {
                parsed.add(
                        switch (size) {
                            case "original" -> ImageSize.ORIGINAL;
                            case "1024" -> ImageSize.LARGE;
                            case "profile", "400" -> ImageSize.PROFILE;
                            default ->
                                throw new InvalidValueException(
                                        "The sizes are " + VALID + ", not '" + item.strip() + "'");
                        });
            }
        }
        return new PhotoSizes(parsed);
    }

    /** "original", "1024" or "profile": how the size is written in the text and in file names. */
    public static String label(ImageSize size) {
        return switch (size) {
            case ORIGINAL -> "original";
            case LARGE -> "1024";
            case PROFILE -> "profile";
            case THUMBNAIL -> throw new InvalidValueException("The thumbnail is not a size to download");
        };
    }

    /** "png" for the profile picture (a circle is transparent outside), "jpg" for the others. */
    public static String extension(ImageSize size) {
        return size == ImageSize.PROFILE ? "png" : "jpg";
    }

    /** Original first, then 1024, then profile. */
    public Set<ImageSize> sizes() {
        return sizes;
    }

    public int count() {
        return sizes.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhotoSizes that && sizes.equals(that.sizes);
    }

    @Override
    public int hashCode() {
        return sizes.hashCode();
    }

    /** The canonical text, "original,1024,profile" or a part of it. */
    @Override
    public String toString() {
        return sizes.stream().map(PhotoSizes::label).collect(Collectors.joining(","));
    }
}
