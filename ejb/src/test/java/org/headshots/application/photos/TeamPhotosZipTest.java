package org.headshots.application.photos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.headshots.application.OrderNotFoundException;
import org.headshots.application.gallery.HeadshotNotFoundException;
import org.headshots.application.gallery.ImageSize;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TeamPhotosZipTest {

    private static final Organisation ACME = new Organisation("acme.example");
    private static final Username ADMIN = new Username("olga");
    private static final long ORDER = 42;
    private static final OffsetDateTime MADE = OffsetDateTime.of(2026, 12, 4, 10, 15, 0, 0, ZoneOffset.ofHours(1));
    private static final PhotoSizes ALL = PhotoSizes.parse("original,1024,profile");
    private static final Map<ImageSize, byte[]> IMAGES =
            Map.of(ImageSize.ORIGINAL, jpeg(60, 80), ImageSize.LARGE, jpeg(30, 40), ImageSize.PROFILE, jpeg(20, 20));

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<long[]> progress = new ArrayList<>();
    private FakePages pages;
    private TeamPhotosZip zip;

    /**
     * Pages of favourites as given, each a page of {@link TeamPhotosZip#PAGE} seats; notes what was asked, and what
     * the ZIP held each time a page was asked for.
     */
    private final class FakePages extends TeamPhotoPages {

        final List<List<TeamPhotoEntry>> favourites;
        final List<Integer> firsts = new ArrayList<>();
        final List<Set<Username>> selections = new ArrayList<>();
        final List<List<String>> writtenBeforePage = new ArrayList<>();
        final List<String> images = new ArrayList<>();
        final Set<Long> deleted = new java.util.HashSet<>();
        long counted;

        FakePages(List<List<TeamPhotoEntry>> favourites) {
            this.favourites = favourites;
            this.counted = favourites.stream().mapToLong(List::size).sum();
        }

        @Override
        public Summary prepare(
                Organisation organisation, long orderId, Set<Username> selection, PhotoSizes sizes, Username admin) {
            if (!organisation.equals(ACME) || orderId != ORDER) {
                throw new OrderNotFoundException(orderId);
            }
            selections.add(selection);
            return new Summary("Spring portraits", MADE, counted);
        }

        @Override
        public Page page(Organisation organisation, long orderId, Set<Username> selection, int first, int max) {
            assertEquals(ACME, organisation);
            assertEquals(ORDER, orderId);
            assertEquals(TeamPhotosZip.PAGE, max);
            firsts.add(first);
            selections.add(selection);
            writtenBeforePage.add(names(out.toByteArray()));
            int index = first / max;
            return new Page(favourites.get(index), index == favourites.size() - 1);
        }

        @Override
        public byte[] image(Organisation organisation, long orderId, long headshotId, ImageSize size) {
            assertEquals(ACME, organisation);
            if (deleted.contains(headshotId)) {
                throw new HeadshotNotFoundException(headshotId);
            }
            images.add(headshotId + ":" + size);
            return IMAGES.get(size);
        }
    }

    @BeforeEach
    void zip() {
        zip = new TeamPhotosZip();
    }

    private void pages(List<List<TeamPhotoEntry>> favourites) {
        pages = new FakePages(favourites);
        zip.pages = pages;
    }

    private Map<String, byte[]> write(Set<Username> selection, PhotoSizes sizes) throws IOException {
        TeamPhotosZip.Prepared prepared = zip.prepare(ACME, ORDER, selection, sizes, ADMIN);
        prepared.writeTo(out, (done, total) -> progress.add(new long[] {done, total}));
        return unzip(out.toByteArray());
    }

    @Test
    void favouritesAreInAFolderPerDepartmentAndPersonAfterTheReadme() throws IOException {
        pages(List.of(List.of(
                entry("", "Carol Chen", "carol", 3),
                entry("Engineering", "Bob Baker", "bob", 1),
                entry("Engineering", "Bob Baker", "bob2", 2),
                entry("Engineering/Platform", "Zoë Zed", "zoe", 4))));

        Map<String, byte[]> entries = write(Set.of(), ALL);

        assertEquals(
                List.of(
                        "README.txt",
                        "No department/Carol Chen/carol-chen-original.jpg",
                        "No department/Carol Chen/carol-chen-1024.jpg",
                        "No department/Carol Chen/carol-chen-profile.png",
                        "Engineering/Bob Baker/bob-baker-original.jpg",
                        "Engineering/Bob Baker/bob-baker-1024.jpg",
                        "Engineering/Bob Baker/bob-baker-profile.png",
                        "Engineering/Bob Baker (bob2)/bob-baker-original.jpg",
                        "Engineering/Bob Baker (bob2)/bob-baker-1024.jpg",
                        "Engineering/Bob Baker (bob2)/bob-baker-profile.png",
                        "Engineering - Platform/Zoë Zed/zoë-zed-original.jpg",
                        "Engineering - Platform/Zoë Zed/zoë-zed-1024.jpg",
                        "Engineering - Platform/Zoë Zed/zoë-zed-profile.png"),
                List.copyOf(entries.keySet()));
        assertEquals(
                List.of(
                        "3:ORIGINAL",
                        "3:LARGE",
                        "3:PROFILE",
                        "1:ORIGINAL",
                        "1:LARGE",
                        "1:PROFILE",
                        "2:ORIGINAL",
                        "2:LARGE",
                        "2:PROFILE",
                        "4:ORIGINAL",
                        "4:LARGE",
                        "4:PROFILE"),
                pages.images);
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (!entry.getKey().equals("README.txt")) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(entry.getValue()));
                assertNotNull(image, entry.getKey());
                int width = entry.getKey().endsWith("-original.jpg")
                        ? 60
                        : entry.getKey().endsWith("-1024.jpg") ? 30 : 20;
                assertEquals(width, image.getWidth(), entry.getKey());
            }
        }
    }

    @Test
    void theReadmeSaysWhichOrderWhenWhichSizesAndHowManyPeople() throws IOException {
        pages(List.of(List.of(entry("Sales", "Ann Arbor", "ann", 1), entry("Sales", "Ben Bold", "ben", 2))));

        String readme = new String(
                write(Set.of(), PhotoSizes.parse("profile, 1024")).get("README.txt"), StandardCharsets.UTF_8);

        assertTrue(readme.contains("\"Spring portraits\" (order 42)"), readme);
        assertTrue(readme.contains("Downloaded 2026-12-04 10:15 +01:00"), readme);
        assertTrue(readme.contains("Sizes: 1024,profile"), readme);
        assertTrue(readme.contains("People: 2, everyone in the order"), readme);
    }

    @Test
    void theFileIsNamedByTheDayOfTheDownloadAndCountsThePhotos() {
        pages(List.of(List.of(entry("Sales", "Ann Arbor", "ann", 1))));

        TeamPhotosZip.Prepared prepared = zip.prepare(ACME, ORDER, null, ALL, ADMIN);

        assertEquals("team-photos-2026-12-04.zip", prepared.fileName());
        assertEquals(1, prepared.photos());
        assertEquals(List.of(Set.of()), pages.selections);
    }

    @Test
    void anOrderOfAnotherOrganisationIsNotFoundBeforeAnythingIsWritten() {
        pages(List.of(List.of()));

        assertThrows(
                OrderNotFoundException.class,
                () -> zip.prepare(new Organisation("other.example"), ORDER, Set.of(), ALL, ADMIN));
        assertEquals(0, out.size());
    }

    @Test
    void onlyTheSizesAskedForAreWritten() throws IOException {
        pages(List.of(List.of(entry("Sales", "Ann Arbor", "ann", 1))));

        Map<String, byte[]> entries = write(Set.of(), PhotoSizes.parse("profile"));

        assertEquals(List.of("README.txt", "Sales/Ann Arbor/ann-arbor-profile.png"), List.copyOf(entries.keySet()));
        assertArrayEquals(IMAGES.get(ImageSize.PROFILE), entries.get("Sales/Ann Arbor/ann-arbor-profile.png"));
    }

    @Test
    void theSelectionGoesToEveryPageAndIntoTheReadme() throws IOException {
        Set<Username> selection = Set.of(new Username("ann"), new Username("cy"));
        pages(List.of(List.of(entry("Sales", "Ann Arbor", "ann", 1)), List.of(entry("Sales", "Cy Cole", "cy", 3))));

        Map<String, byte[]> entries = write(selection, ALL);

        assertEquals(List.of(selection, selection, selection), pages.selections);
        String readme = new String(entries.get("README.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("People: 2, the members selected (2)"), readme);
    }

    @Test
    void progressGoesUpPersonByPersonToTheTotal() throws IOException {
        pages(List.of(
                List.of(entry("A", "Ann", "ann", 1), entry("A", "Ben", "ben", 2)), List.of(entry("B", "Cy", "cy", 3))));

        write(Set.of(), ALL);

        assertEquals(
                List.of("0/3", "1/3", "2/3", "3/3", "3/3"),
                progress.stream().map(step -> step[0] + "/" + step[1]).toList());
    }

    @Test
    void pagesArePulledOnlyWhenThePageBeforeIsWritten() throws IOException {
        List<List<TeamPhotoEntry>> favourites = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            List<TeamPhotoEntry> entries = new ArrayList<>();
            for (int i = 0; i < (page < 2 ? TeamPhotosZip.PAGE : 50); i++) {
                int n = page * TeamPhotosZip.PAGE + i + 1;
                entries.add(entry("Department " + page, "Person " + n, "p" + n, n));
            }
            favourites.add(entries);
        }
        pages(favourites);

        Map<String, byte[]> entries = write(Set.of(), PhotoSizes.parse("1024"));

        assertEquals(List.of(0, 200, 400), pages.firsts);
        assertEquals(
                List.of(1, 201, 401),
                pages.writtenBeforePage.stream().map(List::size).toList());
        assertEquals(
                "Department 0/Person 200/person-200-1024.jpg",
                pages.writtenBeforePage.get(1).get(200));
        assertEquals(451, entries.size());
        assertEquals(450, progress.get(progress.size() - 1)[0]);
    }

    @Test
    void aPageWithFewOrNoFavouritesIsNotTheLastUnlessItSaysSo() throws IOException {
        pages(List.of(List.of(entry("A", "Ann", "ann", 1)), List.of(), List.of(entry("C", "Cy", "cy", 3))));

        Map<String, byte[]> entries = write(Set.of(), PhotoSizes.parse("original"));

        assertEquals(List.of(0, 200, 400), pages.firsts);
        assertEquals(
                List.of("README.txt", "A/Ann/ann-original.jpg", "C/Cy/cy-original.jpg"), List.copyOf(entries.keySet()));
    }

    @Test
    void aPersonWhoseSeatMovedIntoTheNextPageIsWrittenOnce() throws IOException {
        pages(List.of(
                List.of(entry("A", "Ann", "ann", 1)),
                List.of(entry("A", "Ann", "ann", 1), entry("A", "Ben", "ben", 2))));

        Map<String, byte[]> entries = write(Set.of(), PhotoSizes.parse("original"));

        assertEquals(
                List.of("README.txt", "A/Ann/ann-original.jpg", "A/Ben/ben-original.jpg"),
                List.copyOf(entries.keySet()));
    }

    @Test
    void aFavouriteDeletedMeanwhileIsLeftOutAndNamed() throws IOException {
        pages(List.of(List.of(entry("A", "Ann", "ann", 1), entry("A", "Ben", "ben", 2))));
        pages.deleted.add(1L);

        Map<String, byte[]> entries = write(Set.of(), ALL);

        assertEquals(
                List.of(
                        "README.txt",
                        "A/Ben/ben-original.jpg",
                        "A/Ben/ben-1024.jpg",
                        "A/Ben/ben-profile.png",
                        "NOT-INCLUDED.txt"),
                List.copyOf(entries.keySet()));
        assertTrue(new String(entries.get("NOT-INCLUDED.txt"), StandardCharsets.UTF_8).contains("Ann (ann)"));
        assertEquals(2, progress.get(progress.size() - 1)[0]);
    }

    @Test
    void theOutputIsLeftOpenForTheCaller() throws IOException {
        pages(List.of(List.of()));
        boolean[] closed = {false};
        ByteArrayOutputStream target = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        zip.prepare(ACME, ORDER, Set.of(), ALL, ADMIN).writeTo(target, (done, total) -> {});

        assertEquals(false, closed[0]);
        assertEquals(
                List.of("README.txt"), List.copyOf(unzip(target.toByteArray()).keySet()));
    }

    private static TeamPhotoEntry entry(String department, String name, String username, long headshotId) {
        return new TeamPhotoEntry(department, name, new Username(username), headshotId);
    }

    /** Every entry, in order; the CRC of each is checked as it is read. */
    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertEquals(ZipEntry.STORED, entry.getMethod(), entry.getName());
                assertTrue(entries.put(entry.getName(), in.readAllBytes()) == null, entry.getName());
            }
        }
        return entries;
    }

    /** The names of the entries written in full so far. */
    private static List<String> names(byte[] partial) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(partial), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                in.readAllBytes();
                names.add(entry.getName());
            }
        } catch (IOException cutShort) {
            // the entry being written when the page was asked for
        }
        return names;
    }

    private static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, width, height / 2);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
