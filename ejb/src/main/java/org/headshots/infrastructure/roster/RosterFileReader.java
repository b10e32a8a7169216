package org.headshots.infrastructure.roster;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.headshots.domain.roster.RosterFileRefusedException;
import org.headshots.domain.roster.RosterFiles;
import org.headshots.domain.roster.RosterRow;

/**
 * Reads the rows of a roster from an uploaded .xlsx or .csv file, telling the format by its content. Cells are
 * read as the text they show; nothing in the file is evaluated.
 */
@ApplicationScoped
public class RosterFileReader implements RosterFiles {

    public static final int MAX_BYTES = RosterFiles.MAX_BYTES;
    public static final int MAX_ROWS = 10_000;
    /** What an .xlsx may unpack to: ten thousand rows take a few MB, a zip bomb far more. */
    public static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private enum Column {
        EMAIL,
        FIRST_NAME,
        LAST_NAME,
        FULL_NAME,
        DEPARTMENT,
        TITLE
    }

    private static final Map<String, Column> HEADERS = Map.ofEntries(
            Map.entry("email", Column.EMAIL),
            Map.entry("emailaddress", Column.EMAIL),
            Map.entry("mail", Column.EMAIL),
            Map.entry("workemail", Column.EMAIL),
            Map.entry("workemailaddress", Column.EMAIL),
            Map.entry("workmail", Column.EMAIL),
            Map.entry("firstname", Column.FIRST_NAME),
            Map.entry("givenname", Column.FIRST_NAME),
            Map.entry("forename", Column.FIRST_NAME),
            Map.entry("lastname", Column.LAST_NAME),
            Map.entry("surname", Column.LAST_NAME),
            Map.entry("familyname", Column.LAST_NAME),
            Map.entry("name", Column.FULL_NAME),
            Map.entry("fullname", Column.FULL_NAME),
            Map.entry("department", Column.DEPARTMENT),
            Map.entry("dept", Column.DEPARTMENT),
            Map.entry("team", Column.DEPARTMENT),
            Map.entry("group", Column.DEPARTMENT),
            Map.entry("title", Column.TITLE),
            Map.entry("jobtitle", Column.TITLE),
            Map.entry("position", Column.TITLE),
            Map.entry("role", Column.TITLE));

    /** One non-blank row of the file, numbered as the admin sees it. */
    private record Line(int number, List<String> cells) {

        String cell(Integer column) {
            return column == null || column >= cells.size() ? "" : cells.get(column);
        }
    }

    /** The entry names of a ZIP and whether all of it could be read. */
    private record ZipListing(Set<String> names, boolean complete) {}

    /** The rows of the file; its name is only what the admin called it, the content decides the format. */
    public List<RosterRow> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw RosterFileRefusedException.empty();
        }
        if (content.length > MAX_BYTES) {
            throw RosterFileRefusedException.tooLarge(MAX_BYTES);
        }
        if (startsWith(content, ZIP)) {
            return rows(workbookLines(content));
        }
        if (startsWith(content, OLE2)) {
            throw RosterFileRefusedException.oldExcel();
        }
        return rows(csvLines(text(content)));
    }

    private static List<RosterRow> rows(List<Line> lines) {
        if (lines.isEmpty()) {
            throw RosterFileRefusedException.empty();
        }
        Map<Column, Integer> columns = columns(lines.get(0));
        if (!columns.containsKey(Column.EMAIL)) {
            throw RosterFileRefusedException.noEmailColumn();
        }
        if (lines.size() == 1) {
            throw RosterFileRefusedException.noPeople();
        }
        boolean fullName = !columns.containsKey(Column.FIRST_NAME) && !columns.containsKey(Column.LAST_NAME);
        List<RosterRow> rows = new ArrayList<>();
        for (Line line : lines.subList(1, lines.size())) {
            String firstName = line.cell(columns.get(Column.FIRST_NAME));
            String lastName = line.cell(columns.get(Column.LAST_NAME));
            if (fullName) {
                String name = line.cell(columns.get(Column.FULL_NAME)).strip();
                int space = lastSpace(name);
                firstName = space < 0 ? name : name.substring(0, space);
                lastName = space < 0 ? "" : name.substring(space + 1);
            }
            rows.add(new RosterRow(
                    line.number(),
                    line.cell(columns.get(Column.EMAIL)),
                    firstName,
                    lastName,
                    line.cell(columns.get(Column.DEPARTMENT)),
                    line.cell(columns.get(Column.TITLE))));
        }
        return rows;
    }

    /** Which column holds what; where two headers mean the same, the first counts. */
    private static Map<Column, Integer> columns(Line header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.cells().size(); i++) {
            Column column = HEADERS.get(key(header.cell(i)));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    private static String key(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static int lastSpace(String name) {
        for (int i = name.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(name.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<Line> workbookLines(byte[] content) {
        ZipListing listing = listing(content);
        DataFormatter formatter = new DataFormatter(Locale.ENGLISH);
        formatter.setUseCachedValuesForFormulaCells(true);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            List<Line> lines = new ArrayList<>();
            if (workbook.getNumberOfSheets() == 0) {
                return lines;
            }
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                add(lines, new Line(row.getRowNum() + 1, cells));
            }
            return lines;
        } catch (RosterFileRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable(listing, e);
        }
    }

    /**
     * Unpacks the whole ZIP once, counting, before POI keeps it all in memory: POI's own limits (left on) stop
     * only what inflates a hundredfold.
     */
    private static ZipListing listing(byte[] content) {
        Set<String> names = new HashSet<>();
        byte[] buffer = new byte[64 * 1024];
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw RosterFileRefusedException.unpacksTooLarge(MAX_UNPACKED_BYTES, null);
                    }
                }
            }
            return new ZipListing(names, true);
        } catch (IOException | IllegalArgumentException e) {
            return new ZipListing(names, false);
        }
    }

    private static RosterFileRefusedException unreadable(ZipListing listing, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("ZipSecureFile")) {
                return RosterFileRefusedException.unpacksTooLarge(MAX_UNPACKED_BYTES, e);
            }
        }
        boolean meantAsWorkbook = listing.names().contains("[Content_Types].xml")
                || listing.names().stream().anyMatch(entry -> entry.startsWith("xl/"));
        if (listing.complete() && !meantAsWorkbook) {
            return RosterFileRefusedException.notASpreadsheet();
        }
        return RosterFileRefusedException.damaged(e);
    }

    private static String text(byte[] content) {
        if (startsWith(content, PDF)) {
            throw RosterFileRefusedException.notASpreadsheet();
        }
        String text;
        if (startsWith(content, UTF16LE_BOM) || startsWith(content, UTF16BE_BOM)) {
            text = new String(content, StandardCharsets.UTF_16);
        } else {
            int start = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
            text = utf8(Arrays.copyOfRange(content, start, content.length));
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
            throw RosterFileRefusedException.notASpreadsheet();
        }
        return text;
    }

    /** The text in UTF-8, or in windows-1252 (older Excel's CSV) where the bytes are not UTF-8. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static List<Line> csvLines(String text) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                add(lines, new Line(Math.toIntExact(record.getRecordNumber()), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw RosterFileRefusedException.unclosedQuote(e);
        }
        return lines;
    }

    /** The one of , ; and tab that the header line has most of, outside quotes. */
    private static char delimiter(String text) {
        String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        char best = ',';
        long most = 0;
        for (char delimiter : DELIMITERS) {
            long count = 0;
            boolean quoted = false;
            for (char c : header.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == delimiter && !quoted) {
                    count++;
                }
            }
            if (count > most) {
                best = delimiter;
                most = count;
            }
        }
        return best;
    }

    /** Keeps a non-blank row; the header is the first of them, the people the rest. */
    private static void add(List<Line> lines, Line line) {
        List<String> cells = line.cells().stream()
                .map(cell -> Objects.requireNonNullElse(cell, "").strip())
                .toList();
        if (cells.stream().allMatch(String::isEmpty)) {
            return;
        }
        if (lines.size() > MAX_ROWS) {
            throw RosterFileRefusedException.tooManyRows(MAX_ROWS);
        }
        lines.add(new Line(line.number(), cells));
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
