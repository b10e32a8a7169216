package org.headshots.application.photos;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.headshots.application.gallery.ImageSize;
import org.headshots.benchmark.HeapPeaks;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

/**
 * Time and heap of streaming the ZIP of N favourites in three sizes (a 1024×1280 original, 1024 px, a 400 px profile
 * picture, as real JPEGs of those sizes), pages of 200 as the database gives them, to a counting sink: run it for
 * 100 and 1,000 in JVMs with the same small heap and compare the peaks (see BENCHMARKS.md). Rendering a stored
 * headshot (decrypting, scaling) is left out: it is the same per image however many there are.
 */
public final class TeamPhotosZipBenchmark {

    private TeamPhotosZipBenchmark() {}

    public static void main(String[] args) throws Exception {
        int favourites = Integer.parseInt(args[0]);
        Map<ImageSize, byte[]> jpegs = new EnumMap<>(ImageSize.class);
        jpegs.put(ImageSize.ORIGINAL, jpeg(1024, 1280));
        jpegs.put(ImageSize.LARGE, jpeg(819, 1024));
        jpegs.put(ImageSize.PROFILE, jpeg(400, 400));
        TeamPhotosZip zip = new TeamPhotosZip();
        zip.pages = new TeamPhotoPages() {
            @Override
            public Summary prepare(
                    Organisation organisation,
                    long orderId,
                    Set<Username> selection,
                    PhotoSizes sizes,
                    Username admin) {
                return new Summary("ZIP benchmark", OffsetDateTime.now(), favourites);
            }

            @Override
            public Page page(Organisation organisation, long orderId, Set<Username> selection, int first, int max) {
                List<TeamPhotoEntry> entries = new ArrayList<>();
                for (int i = first; i < Math.min(favourites, first + max); i++) {
                    entries.add(new TeamPhotoEntry(
                            "Department " + (char) ('A' + i % 20),
                            "Bench Person " + i,
                            new Username("bench" + i),
                            i + 1));
                }
                return new Page(entries, first + max >= favourites);
            }

            @Override
            public byte[] image(Organisation organisation, long orderId, long headshotId, ImageSize size) {
                return jpegs.get(size);
            }
        };
        HeapPeaks.reset();
        HeapPeaks.CountingSink sink = new HeapPeaks.CountingSink();
        long start = System.nanoTime();
        zip.prepare(
                        new Organisation("bench.example"),
                        1,
                        Set.of(),
                        PhotoSizes.parse("original,1024,profile"),
                        new Username("olivia"))
                .writeTo(sink, (done, total) -> {});
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%,d favourites in 3 sizes: %.1f s, %,d bytes of ZIP; %s%n",
                favourites, seconds, sink.bytes(), HeapPeaks.report());
    }

    private static byte[] jpeg(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x1f4e79), width, height, new Color(0xd9c5a0)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
