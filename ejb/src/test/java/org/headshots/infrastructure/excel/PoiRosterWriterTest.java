package org.headshots.infrastructure.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.headshots.application.gallery.Thumbnail;
import org.headshots.application.roster.RosterEntry;
import org.headshots.application.roster.RosterSummary;
import org.headshots.domain.order.MemberState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PoiRosterWriterTest {

    private static final OffsetDateTime SINCE = OffsetDateTime.of(2026, 11, 30, 9, 15, 0, 0, ZoneOffset.ofHours(1));
    private static final OffsetDateTime CHOSEN = OffsetDateTime.of(2026, 12, 2, 16, 40, 0, 0, ZoneOffset.UTC);
    private static Thumbnail picture;

    @BeforeAll
    static void aThumbnail() throws Exception {
        BufferedImage image = new BufferedImage(54, 72, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f4e79));
        g.fillRect(0, 0, 54, 72);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        picture = new Thumbnail(jpeg.toByteArray(), 54, 72);
    }

    @Test
    void theSummaryAndEachDepartmentsMembersReadBackCellByCell() throws Exception {
        List<RosterEntry> entries = List.of(
                entry(
                        "Bob Baker",
                        "bob@headshots.example",
                        "Software Engineer",
                        "Engineering",
                        MemberState.CHOSEN,
                        6,
                        true),
                entry("Carol Chen", "carol@headshots.example", "", "Engineering", MemberState.UPLOADING, 2, false),
                entry(
                        "=HYPERLINK(\"http://evil.example\",\"x\")",
                        "erin@headshots.example",
                        "+1 trick",
                        "Sales",
                        MemberState.INVITED,
                        0,
                        false),
                entry("Frank Fox", "frank@headshots.example", "@sales", "Sales", MemberState.DONE, 5, true));
        Map<String, Map<MemberState, Long>> counts = new LinkedHashMap<>();
        counts.put("Engineering", states(MemberState.CHOSEN, 1, MemberState.UPLOADING, 1));
        counts.put("Sales", states(MemberState.INVITED, 1, MemberState.DONE, 1));

        XSSFWorkbook book = write(
                new RosterSummary("headshots.example", "Spring portraits", LocalDate.of(2026, 12, 20), CHOSEN, counts),
                entries);

        assertEquals(List.of("Summary", "Engineering", "Sales"), sheetNames(book));
        XSSFSheet summary = book.getSheet("Summary");
        assertEquals("Headshots roster: Spring portraits", text(summary, 0, 0));
        assertEquals("headshots.example", text(summary, 1, 1));
        assertEquals(4.0, summary.getRow(4).getCell(1).getNumericCellValue());
        assertEquals("Department", text(summary, 6, 0));
        assertEquals("INVITED", text(summary, 6, 1));
        assertEquals("Total", text(summary, 6, MemberState.values().length + 1));
        assertEquals("Engineering", text(summary, 7, 0));
        assertEquals(
                1.0, summary.getRow(7).getCell(MemberState.CHOSEN.ordinal() + 1).getNumericCellValue());
        assertEquals(
                2.0, summary.getRow(7).getCell(MemberState.values().length + 1).getNumericCellValue());
        assertEquals(
                4.0, summary.getRow(9).getCell(MemberState.values().length + 1).getNumericCellValue());
        List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
        assertEquals(1, charts.size());
        assertEquals(
                MemberState.values().length,
                charts.get(0).getChartSeries().get(0).getSeriesCount());

        XSSFSheet engineering = book.getSheet("Engineering");
        assertEquals(
                List.of(
                        "Name",
                        "E-mail",
                        "Title",
                        "State",
                        "Accepted selfies",
                        "Favourite chosen",
                        "Favourite",
                        "Full image",
                        "In this state since (UTC)",
                        "Favourite chosen on (UTC)"),
                row(engineering, 0));
        assertEquals(
                List.of(
                        "Bob Baker",
                        "bob@headshots.example",
                        "Software Engineer",
                        "CHOSEN",
                        "6",
                        "yes",
                        "",
                        "Open",
                        "2026-11-30 08:15",
                        "2026-12-02 16:40"),
                row(engineering, 1));
        assertEquals(
                List.of(
                        "Carol Chen",
                        "carol@headshots.example",
                        "",
                        "UPLOADING",
                        "2",
                        "no",
                        "",
                        "",
                        "2026-11-30 08:15",
                        ""),
                row(engineering, 2));
        assertEquals(
                "https://headshots.example/admin/team-image?kind=headshot&size=original&id=bob",
                engineering.getRow(1).getCell(7).getHyperlink().getAddress());
        assertEquals(1, engineering.getPaneInformation().getHorizontalSplitPosition());
        assertNotNull(engineering.getCTWorksheet().getAutoFilter(), "an auto-filter on the header");
        assertEquals("A1:J3", engineering.getCTWorksheet().getAutoFilter().getRef());
        assertEquals(1, engineering.getDrawingPatriarch().getShapes().size(), "Bob's picture in his row");
        assertTrue(
                engineering.getRow(1).getCell(3).getCellStyle().getFillForegroundColor()
                        != engineering.getRow(2).getCell(3).getCellStyle().getFillForegroundColor(),
                "states by colour");

        XSSFSheet sales = book.getSheet("Sales");
        Cell trick = sales.getRow(1).getCell(0);
        assertEquals(CellType.STRING, trick.getCellType(), "a name that looks like a formula stays text");
        assertEquals("=HYPERLINK(\"http://evil.example\",\"x\")", trick.getStringCellValue());
        assertTrue(trick.getCellStyle().getQuotePrefixed());
        assertTrue(sales.getRow(1).getCell(2).getCellStyle().getQuotePrefixed());
        assertTrue(sales.getRow(2).getCell(2).getCellStyle().getQuotePrefixed());
        assertFalse(sales.getRow(2).getCell(0).getCellStyle().getQuotePrefixed());
        assertEquals(2, book.getAllPictures().size(), "one picture per favourite");
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, "no formula anywhere: " + cell);
                }
            }
        }
    }

    @Test
    void anOrderWithoutMembersHasItsSummaryAndNoChart() throws Exception {
        XSSFWorkbook book = write(
                new RosterSummary("headshots.example", "Empty", LocalDate.of(2026, 12, 20), CHOSEN, Map.of()),
                List.of());
        assertEquals(List.of("Summary"), sheetNames(book));
        assertEquals(0.0, book.getSheet("Summary").getRow(4).getCell(1).getNumericCellValue());
        assertTrue(book.getSheet("Summary").getDrawingPatriarch() == null
                || book.getSheet("Summary").getDrawingPatriarch().getCharts().isEmpty());
    }

    @Test
    void sheetNamesAreWhatExcelAcceptsAndUnique() {
        Set<String> taken = new HashSet<>(Set.of("summary"));
        assertEquals("Sales_EMEA", PoiRosterWriter.uniqueName("Sales/EMEA", taken));
        assertEquals("Sales_EMEA (2)", PoiRosterWriter.uniqueName("Sales:EMEA", taken));
        assertEquals("No department", PoiRosterWriter.uniqueName("", taken));
        assertEquals("Summary (2)", PoiRosterWriter.uniqueName("Summary", taken));
        String longName = PoiRosterWriter.uniqueName("Research and Development, Europe and Asia", taken);
        assertEquals(31, longName.length());
        assertEquals(
                27,
                PoiRosterWriter.uniqueName("Research and Development, Europe and Asia", taken)
                        .indexOf(" (2)"));
    }

    private static XSSFWorkbook write(RosterSummary summary, List<RosterEntry> entries) throws Exception {
        PoiRosterWriter writer = new PoiRosterWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(summary, entries.iterator(), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static RosterEntry entry(
            String name,
            String email,
            String title,
            String department,
            MemberState state,
            int accepted,
            boolean favourite) {
        String user = email.substring(0, email.indexOf('@'));
        return new RosterEntry(
                name,
                email,
                title,
                department,
                state,
                accepted,
                favourite ? Optional.of(picture) : Optional.empty(),
                favourite
                        ? Optional.of(
                                "https://headshots.example/admin/team-image?kind=headshot&size=original&id=" + user)
                        : Optional.empty(),
                SINCE,
                favourite ? Optional.of(CHOSEN) : Optional.empty());
    }

    private static Map<MemberState, Long> states(MemberState a, long countA, MemberState b, long countB) {
        Map<MemberState, Long> states = new EnumMap<>(MemberState.class);
        states.put(a, countA);
        states.put(b, countB);
        return states;
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static String text(Sheet sheet, int row, int column) {
        return new DataFormatter().formatCellValue(sheet.getRow(row).getCell(column));
    }

    private static List<String> row(Sheet sheet, int index) {
        DataFormatter format = new DataFormatter();
        List<String> cells = new ArrayList<>();
        Row row = sheet.getRow(index);
        for (int column = 0; column < 10; column++) {
            cells.add(format.formatCellValue(row.getCell(column)));
        }
        return cells;
    }
}
