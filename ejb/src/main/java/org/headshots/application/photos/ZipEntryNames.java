package org.headshots.application.photos;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folder and file names in a ZIP that unpack alike on Windows, macOS and Linux: no character any of them refuses,
 * no name Windows keeps for devices, none longer than they allow, and none that two people share, even where the
 * file system ignores case.
 */
final class ZipEntryNames {

    /** The most UTF-16 characters in one folder or file name. */
    static final int MAX_LENGTH = 100;
    /** What Linux file systems allow in one name, in UTF-8 bytes. */
    static final int MAX_BYTES = 255;

    static final String NO_DEPARTMENT = "No department";

    private static final Pattern FORBIDDEN = Pattern.compile("[/\\\\:*?\"<>|]");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    /** Direction overrides would let "gpj.exe" show as "exe.jpg". */
    private static final Pattern BIDI = Pattern.compile("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern EDGES = Pattern.compile("^[. ]+|[. ]+$");
    private static final Pattern RESERVED = Pattern.compile(
            "(?i)(CON|PRN|AUX|NUL|COM[0-9\\u00B9\\u00B2\\u00B3]|LPT[0-9\\u00B9\\u00B2\\u00B3]|CONIN\\$|CONOUT\\$)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private final Set<String> topLevel = new HashSet<>();
    private final Map<String, String> departments = new HashMap<>();
    private final Map<String, Set<String>> people = new HashMap<>();

    /** @param files the names of the files beside the department folders, which no folder may take */
    ZipEntryNames(String... files) {
        Arrays.stream(files).map(ZipEntryNames::key).forEach(topLevel::add);
    }

    /**
     * "Engineering/Bob Baker/", or "Engineering/Bob Baker (bob2)/" when another Bob Baker of the department came
     * first. A sub-team's folder is named by its path, "Engineering - Platform".
     */
    String folderOf(String department, String displayName, String username) {
        String departmentFolder = departments.computeIfAbsent(
                department == null ? "" : department,
                name -> numbered(topLevel, segment(String.join(" - ", name.split("/")), NO_DEPARTMENT)));
        Set<String> taken = people.computeIfAbsent(departmentFolder, folder -> new HashSet<>());
        String person = segment(displayName, username);
        if (!taken.add(key(person))) {
            String withUsername = suffixed(person, " (" + segment(username, "_") + ")");
            person = !withUsername.equals(person) && taken.add(key(withUsername))
                    ? withUsername
                    : numbered(taken, person);
        }
        return departmentFolder + "/" + person + "/";
    }

    /** "bob-baker-1024.jpg": the name in lower case, words joined by hyphens, then the size and the type. */
    static String fileName(String displayName, String size, String extension) {
        String tail = "-" + size + "." + extension;
        String slug = NOT_WORD.matcher(Normalizer.normalize(displayName == null ? "" : displayName, Normalizer.Form.NFC)
                        .toLowerCase(Locale.ROOT))
                .replaceAll("-")
                .replaceAll("^-+|-+$", "");
        slug = fit(slug, MAX_LENGTH - tail.length(), MAX_BYTES - bytes(tail)).replaceAll("-+$", "");
        return segment((slug.isEmpty() ? "headshot" : slug) + tail, "headshot" + tail);
    }

    /**
     * One folder or file name made safe: refused characters become "_", controls and runs of spaces one space, no
     * dots or spaces at the ends, a "_" after a device name, cut to {@link #MAX_LENGTH}; {@code fallback} when
     * nothing is left.
     */
    static String segment(String text, String fallback) {
        String cleaned = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
        cleaned = BIDI.matcher(cleaned).replaceAll("");
        cleaned = CONTROL.matcher(cleaned).replaceAll(" ");
        cleaned = FORBIDDEN.matcher(cleaned).replaceAll("_");
        cleaned = EDGES.matcher(SPACES.matcher(cleaned).replaceAll(" ")).replaceAll("");
        int dot = cleaned.indexOf('.');
        String base = dot < 0 ? cleaned : cleaned.substring(0, dot);
        if (RESERVED.matcher(base.strip()).matches()) {
            cleaned = base.strip() + "_" + cleaned.substring(base.length());
        }
        cleaned = EDGES.matcher(fit(cleaned, MAX_LENGTH, MAX_BYTES)).replaceAll("");
        if (cleaned.isEmpty()) {
            return fallback == null || fallback.isEmpty() ? "_" : segment(fallback, "_");
        }
        return cleaned;
    }

    /** How names compare where the file system ignores case. */
    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * A safe name cut short enough to end in the suffix, so that the suffix is never what the cut loses; the name
     * as it was when the suffix would leave it too little room.
     */
    private static String suffixed(String name, String suffix) {
        if (suffix.length() > MAX_LENGTH / 2) {
            return name;
        }
        return EDGES.matcher(fit(name, MAX_LENGTH - suffix.length(), MAX_BYTES - bytes(suffix)))
                        .replaceAll("")
                + suffix;
    }

    /** The safe name, else the name with " (2)", " (3)" … , whichever is free; taken from then on. */
    private static String numbered(Set<String> taken, String name) {
        if (taken.add(key(name))) {
            return name;
        }
        for (int n = 2; ; n++) {
            String candidate = suffixed(name, " (" + n + ")");
            if (taken.add(key(candidate))) {
                return candidate;
            }
        }
    }

    /** At most {@code length} UTF-16 characters and {@code maxBytes} UTF-8 bytes, not splitting a character. */
    private static String fit(String text, int length, int maxBytes) {
        int end = text.length();
        if (end > length) {
            end = Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length;
        }
        while (end > 0 && bytes(text.substring(0, end)) > maxBytes) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
