package org.headshots.node.infrastructure.pack;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Copies chosen regular files out of a gzip-compressed tar file, as npm packs them (Apache Commons Compress). */
final class TarGz {

    private TarGz() {}

    /**
     * Copies each entry whose name is a key of {@code wanted} to the path it maps to.
     *
     * @return the names that were found
     */
    static Set<String> extract(Path tarGz, Map<String, Path> wanted) throws IOException {
        Set<String> found = new HashSet<>();
        try (InputStream file = new BufferedInputStream(Files.newInputStream(tarGz), 1 << 16);
                TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(file, 1 << 16))) {
            for (TarArchiveEntry entry = tar.getNextEntry();
                    entry != null && found.size() < wanted.size();
                    entry = tar.getNextEntry()) {
                Path to = wanted.get(entry.getName());
                if (to != null && entry.isFile() && found.add(entry.getName())) {
                    Files.createDirectories(to.toAbsolutePath().getParent());
                    Files.copy(tar, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (EOFException e) {
            throw new IOException(tarGz + " ends early: the download was cut off or the file is damaged", e);
        } catch (IllegalArgumentException e) {
            throw new IOException(tarGz + " is not a tar file: " + e.getMessage(), e);
        }
        return found;
    }
}
