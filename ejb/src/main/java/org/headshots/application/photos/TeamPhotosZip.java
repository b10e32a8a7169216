package org.headshots.application.photos;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.headshots.application.ExportProgress;
import org.headshots.application.PreparedExport;
import org.headshots.application.gallery.HeadshotNotFoundException;
import org.headshots.application.gallery.ImageSize;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

/**
 * The favourites of an order's members as one ZIP, in a folder per department and person: {@link #prepare} checks
 * the order and audits the download before anything is sent, then {@link Prepared#writeTo} streams it while the
 * members are read, a page at a time, and their images are made, one at a time.
 */
@ApplicationScoped
public class TeamPhotosZip {

    static final int PAGE = 200;
    static final String README = "README.txt";
    static final String NOT_INCLUDED = "NOT-INCLUDED.txt";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    @Inject
    TeamPhotoPages pages;

    /**
     * The selected members from {@code people=a,b} or {@code people=a&people=b}; none: everyone.
     *
     * @throws IllegalArgumentException for text that is not a user name
     */
    public static Set<Username> selection(java.util.Collection<String> values) {
        return values.stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(Username::new)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * @param selection the members to download, by username; none: everyone with a favourite
     * @throws org.headshots.application.OrderNotFoundException for an order that is not the organisation's
     */
    public Prepared prepare(
            Organisation organisation, long orderId, Set<Username> selection, PhotoSizes sizes, Username admin) {
        Objects.requireNonNull(sizes, "sizes");
        Set<Username> members = selection == null ? Set.of() : Set.copyOf(selection);
        return new Prepared(
                organisation, orderId, members, sizes, pages.prepare(organisation, orderId, members, sizes, admin));
    }

    /** A download whose order is known to be the caller's, ready to be written. */
    public final class Prepared implements PreparedExport {

        private final Organisation organisation;
        private final long orderId;
        private final Set<Username> selection;
        private final PhotoSizes sizes;
        private final TeamPhotoPages.Summary summary;

        private Prepared(
                Organisation organisation,
                long orderId,
                Set<Username> selection,
                PhotoSizes sizes,
                TeamPhotoPages.Summary summary) {
            this.organisation = organisation;
            this.orderId = orderId;
            this.selection = selection;
            this.sizes = sizes;
            this.summary = summary;
        }

        /** How many people's favourites it holds, each in every size asked for. */
        public long photos() {
            return summary.photos();
        }

        /** team-photos-2026-12-04.zip */
        @Override
        public String fileName() {
            return "team-photos-" + summary.made().toLocalDate() + ".zip";
        }

        /**
         * Writes the ZIP, telling {@code progress} after each person; finishes it but leaves {@code out} open.
         * A favourite deleted while the ZIP is written is left out and named in {@value #NOT_INCLUDED}.
         */
        @Override
        public void writeTo(OutputStream out, ExportProgress progress) throws IOException {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            LocalDateTime time = summary.made().toLocalDateTime();
            progress.written(0, summary.photos());
            store(zip, README, readme().getBytes(StandardCharsets.UTF_8), time);
            ZipEntryNames names = new ZipEntryNames(README, NOT_INCLUDED);
            Set<Username> written = new HashSet<>();
            List<String> missing = new ArrayList<>();
            long done = 0;
            for (int first = 0; ; first += PAGE) {
                TeamPhotoPages.Page page = pages.page(organisation, orderId, selection, first, PAGE);
                for (TeamPhotoEntry entry : page.entries()) {
                    // seats that moved between two pages' transactions come twice
                    if (!written.add(entry.username())) {
                        continue;
                    }
                    String folder = names.folderOf(
                            entry.department(),
                            entry.displayName(),
                            entry.username().value());
                    try {
                        for (ImageSize size : sizes.sizes()) {
                            store(
                                    zip,
                                    folder
                                            + ZipEntryNames.fileName(
                                                    entry.displayName(),
                                                    PhotoSizes.label(size),
                                                    PhotoSizes.extension(size)),
                                    pages.image(organisation, orderId, entry.headshotId(), size),
                                    time);
                        }
                    } catch (HeadshotNotFoundException e) {
                        missing.add(entry.displayName() + " (" + entry.username() + ")");
                    }
                    done++;
                    progress.written(done, Math.max(summary.photos(), done));
                }
                if (page.last()) {
                    break;
                }
            }
            if (!missing.isEmpty()) {
                store(zip, NOT_INCLUDED, notIncluded(missing).getBytes(StandardCharsets.UTF_8), time);
            }
            zip.finish();
            progress.written(done, done);
        }

        private String readme() {
            String who = selection.isEmpty()
                    ? "everyone in the order who chose a favourite"
                    : "the members selected (" + selection.size() + ") who chose a favourite";
            return "Team photos of the order \"" + summary.order() + "\" (order " + orderId + ")\r\n"
                    + "Downloaded " + summary.made().format(WHEN) + "\r\n"
                    + "Sizes: " + sizes + "\r\n"
                    + "People: " + summary.photos() + ", " + who + "\r\n"
                    + "\r\n"
                    + "Each person's favourite headshot is in a folder per department and person,"
                    + " one file per size:\r\n"
                    + "original as made, 1024 at most 1024 pixels on its long side,"
                    + " profile the profile picture in the order's template (PNG, transparent outside a"
                    + " circle).\r\n";
        }

        private String notIncluded(List<String> people) {
            return "These favourites were deleted while the download was made, and are not in it:\r\n"
                    + String.join("\r\n", people) + "\r\n";
        }
    }

    /** JPEGs and PNGs do not compress further; stored, they cost nothing to pack and unpack, and need their CRC up front. */
    private static void store(ZipOutputStream zip, String name, byte[] content, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
