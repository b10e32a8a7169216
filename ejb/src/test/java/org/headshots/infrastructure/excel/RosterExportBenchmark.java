package org.headshots.infrastructure.excel;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.headshots.application.gallery.Thumbnail;
import org.headshots.application.roster.RosterEntry;
import org.headshots.application.roster.RosterSummary;
import org.headshots.benchmark.HeapPeaks;
import org.headshots.domain.order.MemberState;

/**
 * Time and heap of writing a roster of N members, each with a favourite's 72-pixel picture, 20 departments: run
 * it for 1,000 and 10,000 in JVMs with the same small heap and compare the peaks (see BENCHMARKS.md). The entries
 * are made as the writer pulls them, as the database pages would be, and the workbook goes to a counting sink.
 */
public final class RosterExportBenchmark {

    private static final int DEPARTMENTS = 20;

    private RosterExportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int members = Integer.parseInt(args[0]);
        List<Thumbnail> pictures = List.of(picture(0x1f4e79), picture(0x8a4b2a), picture(0x2e7d32), picture(0x6a1b9a));
        Map<String, Map<MemberState, Long>> counts = new TreeMap<>();
        for (int d = 0; d < DEPARTMENTS; d++) {
            Map<MemberState, Long> states = new EnumMap<>(MemberState.class);
            states.put(MemberState.CHOSEN, (long) (members / DEPARTMENTS));
            counts.put(department(d), states);
        }
        RosterSummary summary = new RosterSummary(
                "bench.example", "Roster benchmark", LocalDate.now().plusDays(10), OffsetDateTime.now(), counts);
        Iterator<RosterEntry> entries = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < members;
            }

            @Override
            public RosterEntry next() {
                int i = next++;
                int perDepartment = Math.max(1, members / DEPARTMENTS);
                return new RosterEntry(
                        "Bench Person " + i,
                        "bench" + i + "@bench.example",
                        "Analyst",
                        department(Math.min(DEPARTMENTS - 1, i / perDepartment)),
                        MemberState.CHOSEN,
                        6,
                        args.length > 1 && args[1].equals("nopictures")
                                ? Optional.empty()
                                : Optional.of(pictures.get(i % pictures.size())),
                        Optional.of("https://headshots.example/admin/team-image?kind=headshot&size=original&id=" + i),
                        OffsetDateTime.now(),
                        Optional.of(OffsetDateTime.now()));
            }
        };
        HeapPeaks.reset();
        HeapPeaks.CountingSink sink = new HeapPeaks.CountingSink();
        PoiRosterWriter writer = new PoiRosterWriter();
        long start = System.nanoTime();
        writer.write(summary, entries, sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%,d members with pictures: %.1f s, %,d bytes of .xlsx; %s%n",
                members, seconds, sink.bytes(), HeapPeaks.report());
    }

    private static String department(int d) {
        return "Department " + (char) ('A' + d);
    }

    private static Thumbnail picture(int rgb) throws Exception {
        BufferedImage image = new BufferedImage(54, 72, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, 54, 72);
        g.setColor(Color.WHITE);
        g.fillOval(12, 10, 30, 36);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        return new Thumbnail(jpeg.toByteArray(), 54, 72);
    }
}
