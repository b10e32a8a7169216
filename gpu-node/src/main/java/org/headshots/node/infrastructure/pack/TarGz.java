package org.headshots.node.infrastructure.pack;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads gzip-compressed tar files, as npm packs them (ustar, with the pax and GNU long-name
 * extensions), far enough to copy chosen regular files out.
 */
final class TarGz {

    private static final int BLOCK = 512;

    private TarGz() {
    }

    /**
     * Copies each entry whose name is a key of {@code wanted} to the path it maps to.
     *
     * @return the names that were found
     */
    static Set<String> extract(Path tarGz, Map<String, Path> wanted) throws IOException {
        Set<String> found = new HashSet<>();
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tarGz), 1 << 16))) {
            byte[] header = new byte[BLOCK];
            String longName = null;
            while (found.size() < wanted.size()) {
                if (!readBlock(in, header) || isZero(header)) {
                    break;
                }
                long size = octal(header, 124, 12, tarGz);
                char type = (char) header[156];
                String name = longName != null ? longName : name(header);
                longName = null;
                if (type == 'L') {
                    longName = trimNul(new String(in.readNBytes(checkedInt(size, tarGz)), StandardCharsets.UTF_8));
                    skip(in, padding(size));
                } else if (type == 'x') {
                    longName = paxPath(in.readNBytes(checkedInt(size, tarGz)));
                    skip(in, padding(size));
                } else if ((type == '0' || type == '\0') && wanted.containsKey(name) && found.add(name)) {
                    copy(in, size, wanted.get(name));
                    skip(in, padding(size));
                } else {
                    skip(in, size + padding(size));
                }
            }
        } catch (EOFException e) {
            throw new IOException(tarGz + " ends early: the download was cut off or the file is damaged", e);
        }
        return found;
    }

    private static String name(byte[] header) {
        String name = field(header, 0, 100);
        String magic = field(header, 257, 6);
        String prefix = magic.startsWith("ustar") ? field(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String paxPath(byte[] records) {
        // records are "LENGTH key=value\n"; LENGTH counts bytes, so walk the bytes, not characters
        String path = null;
        int at = 0;
        while (at < records.length) {
            int space = at;
            while (space < records.length && records[space] != ' ') {
                space++;
            }
            if (space >= records.length) {
                break;
            }
            int length = Integer.parseInt(new String(records, at, space - at, StandardCharsets.US_ASCII));
            if (length <= 0 || at + length > records.length) {
                break;
            }
            String record = new String(records, space + 1, at + length - space - 2, StandardCharsets.UTF_8);
            if (record.startsWith("path=")) {
                path = record.substring("path=".length());
            }
            at += length;
        }
        return path;
    }

    private static void copy(InputStream in, long size, Path to) throws IOException {
        Files.createDirectories(to.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(to)) {
            byte[] buffer = new byte[1 << 16];
            long left = size;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new EOFException();
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int n = in.readNBytes(block, 0, BLOCK);
        if (n == 0) {
            return false;
        }
        if (n < BLOCK) {
            throw new EOFException();
        }
        return true;
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        in.skipNBytes(bytes);
    }

    private static long padding(long size) {
        return (BLOCK - size % BLOCK) % BLOCK;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static long octal(byte[] header, int offset, int length, Path tarGz) throws IOException {
        String text = field(header, offset, length).trim();
        try {
            return text.isEmpty() ? 0 : Long.parseLong(text, 8);
        } catch (NumberFormatException e) {
            throw new IOException(tarGz + " is not a tar file this reader understands (size field '" + text + "')");
        }
    }

    private static int checkedInt(long size, Path tarGz) throws IOException {
        if (size > 1 << 20) {
            throw new IOException(tarGz + " has an extended header of " + size + " bytes: not a tar file from npm");
        }
        return (int) size;
    }

    private static String field(byte[] header, int offset, int length) {
        return trimNul(new String(header, offset, length, StandardCharsets.UTF_8));
    }

    private static String trimNul(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }
}
