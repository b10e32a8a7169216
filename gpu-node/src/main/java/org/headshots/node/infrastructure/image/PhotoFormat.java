package org.headshots.node.infrastructure.image;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/** The formats a node reads, told apart by their first bytes (what a file is called proves nothing). */
public enum PhotoFormat {
    JPEG("jpeg"),
    PNG("png"),
    WEBP("webp");

    /** ISO-BMFF brands of HEIF stills and sequences (HEVC-coded: what iPhones take; mif1/msf1: any HEIF). */
    private static final Set<String> HEIF_BRANDS =
            Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1");

    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");

    private final String id;

    PhotoFormat(String id) {
        this.id = id;
    }

    /** "jpeg", "png" or "webp": the ImageIO format name, also what the wire contract reports. */
    public String id() {
        return id;
    }

    /** The format of these bytes, when it is one the node reads. */
    public static Optional<PhotoFormat> of(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (b.length >= 8
                && (b[0] & 0xFF) == 0x89
                && ascii(b, 1, 3).equals("PNG")
                && b[4] == 0x0D
                && b[5] == 0x0A
                && b[6] == 0x1A
                && b[7] == 0x0A) {
            return Optional.of(PNG);
        }
        if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** Whether these bytes are an ISO-BMFF file (ftyp box first) of a HEIF brand: HEIC from phones. */
    static boolean isHeif(byte[] b) {
        return isIsoMedia(b, HEIF_BRANDS);
    }

    /** Whether these bytes are an AVIF image. */
    static boolean isAvif(byte[] b) {
        return isIsoMedia(b, AVIF_BRANDS);
    }

    /** Major brand or any compatible brand of the leading ftyp box is one of {@code brands}. */
    private static boolean isIsoMedia(byte[] b, Set<String> brands) {
        if (b.length < 12 || !ascii(b, 4, 4).equals("ftyp")) {
            return false;
        }
        long size = (b[0] & 0xFFL) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
        int end = (int) Math.min(b.length, Math.max(12, size));
        if (brands.contains(ascii(b, 8, 4))) {
            return true;
        }
        for (int at = 16; at + 4 <= end; at += 4) { // compatible brands follow the minor version
            if (brands.contains(ascii(b, at, 4))) {
                return true;
            }
        }
        return false;
    }

    private static String ascii(byte[] b, int from, int length) {
        return new String(b, from, length, StandardCharsets.ISO_8859_1);
    }
}
