package org.headshots.infrastructure.excel;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.poifs.crypt.temp.EncryptedTempData;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.headshots.application.roster.RosterEntry;
import org.headshots.application.roster.RosterSummary;
import org.headshots.application.roster.RosterWriter;

/**
 * The roster as an .xlsx with Apache POI: the summary sheet and its chart made in memory (a row per department),
 * then one streaming sheet per department (SXSSF keeps a window of rows in memory, the rest in encrypted temporary
 * files). The favourites' pictures and the links are spooled beside the rows and put into the package at the end
 * ({@link PackageWithPictures}), because POI would keep each of them in memory: memory stays flat however many
 * members there are.
 */
@ApplicationScoped
public class PoiRosterWriter implements RosterWriter {

    /** Rows SXSSF keeps in memory per sheet before it flushes them to its temporary file. */
    private static final int WINDOW = 100;

    private static final String[] HEADER = {
        "Name",
        "E-mail",
        "Title",
        "State",
        "Accepted selfies",
        "Favourite chosen",
        "Favourite",
        "Full image",
        "In this state since (UTC)",
        "Favourite chosen on (UTC)"
    };
    private static final int[] WIDTHS = {28, 34, 26, 14, 10, 11, 13, 12, 19, 19};
    private static final int PICTURE_COLUMN = 6;
    private static final int LINK_COLUMN = 7;
    private static final float PICTURE_ROW_POINTS = 58f;

    @Override
    public void write(RosterSummary summary, Iterator<RosterEntry> entries, OutputStream out) throws IOException {
        XSSFWorkbook template = new XSSFWorkbook();
        RosterStyles styles = new RosterStyles(template);
        XSSFSheet summarySheet = template.createSheet("Summary");
        new SummarySheet(summarySheet, styles).write(summary);
        SXSSFWorkbook workbook = new EncryptedStreamingWorkbook(template, WINDOW);
        Map<String, SheetPictures> pictures = new LinkedHashMap<>();
        EncryptedTempData written = new EncryptedTempData();
        try {
            writeDepartments(workbook, styles, entries, pictures);
            try (OutputStream spooled = written.getOutputStream()) {
                workbook.write(spooled);
            }
            for (SheetPictures sheet : pictures.values()) {
                sheet.seal();
            }
            try (InputStream spooled = written.getInputStream()) {
                new PackageWithPictures(pictures).copy(spooled, out);
            }
        } finally {
            workbook.dispose();
            workbook.close();
            written.dispose();
            pictures.values().forEach(SheetPictures::close);
        }
    }

    private static void writeDepartments(
            SXSSFWorkbook workbook,
            RosterStyles styles,
            Iterator<RosterEntry> entries,
            Map<String, SheetPictures> pictures)
            throws IOException {
        Set<String> sheetNames = new HashSet<>(Set.of("summary"));
        DepartmentSheet current = null;
        while (entries.hasNext()) {
            RosterEntry entry = entries.next();
            if (current == null || !current.department.equals(entry.department())) {
                if (current != null) {
                    current.finish();
                }
                current = new DepartmentSheet(
                        workbook, styles, entry.department(), uniqueName(entry.department(), sheetNames));
                pictures.put(current.partName(), current.pictures);
            }
            current.add(entry);
        }
        if (current != null) {
            current.finish();
        }
    }

    /** A sheet name Excel accepts (31 characters, none of []:*?/\), unique without regard to case. */
    static String uniqueName(String department, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(department.isBlank() ? "No department" : department, '_');
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** One department's members, written row by row. */
    private static final class DepartmentSheet {

        private final String department;
        private final SXSSFWorkbook workbook;
        private final Sheet sheet;
        private final RosterStyles styles;
        private final SheetPictures pictures;
        private int next = 1;

        DepartmentSheet(SXSSFWorkbook workbook, RosterStyles styles, String department, String name)
                throws IOException {
            this.department = department;
            this.workbook = workbook;
            this.styles = styles;
            this.sheet = workbook.createSheet(name);
            this.pictures = new SheetPictures(workbook.getSheetIndex(sheet) + 1);
            Row header = sheet.createRow(0);
            for (int column = 0; column < HEADER.length; column++) {
                Cell cell = header.createCell(column);
                cell.setCellValue(HEADER[column]);
                cell.setCellStyle(styles.header());
                sheet.setColumnWidth(column, WIDTHS[column] * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        /** The sheet's part in the package, as xl/worksheets/sheet2.xml. */
        String partName() {
            return workbook.getXSSFWorkbook()
                    .getSheet(sheet.getSheetName())
                    .getPackagePart()
                    .getPartName()
                    .getName()
                    .substring(1);
        }

        void add(RosterEntry entry) throws IOException {
            Row row = sheet.createRow(next);
            styles.text(row.createCell(0), entry.name());
            styles.text(row.createCell(1), entry.email());
            styles.text(row.createCell(2), entry.title());
            Cell state = row.createCell(3);
            state.setCellValue(entry.state().name());
            state.setCellStyle(styles.state(entry.state()));
            row.createCell(4).setCellValue(entry.acceptedSelfies());
            styles.text(
                    row.createCell(5),
                    entry.favourite().isPresent() || entry.favouriteChosenAt().isPresent() ? "yes" : "no");
            if (entry.favourite().isPresent()) {
                row.setHeightInPoints(PICTURE_ROW_POINTS);
                pictures.picture(next, PICTURE_COLUMN, entry.favourite().get(), entry.name());
            }
            if (entry.imageLink().isPresent()) {
                Cell link = row.createCell(LINK_COLUMN);
                link.setCellValue("Open");
                link.setCellStyle(styles.link());
                pictures.link(next, LINK_COLUMN, entry.imageLink().get());
            }
            Cell since = row.createCell(8);
            since.setCellValue(
                    entry.stateSince().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
            since.setCellStyle(styles.date());
            entry.favouriteChosenAt().ifPresent(at -> {
                Cell chosen = row.createCell(9);
                chosen.setCellValue(at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
                chosen.setCellStyle(styles.date());
            });
            next++;
        }

        void finish() {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, HEADER.length - 1));
        }
    }
}
