package org.headshots.infrastructure.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.headshots.domain.roster.RosterFileRefusedException;
import org.headshots.domain.roster.RosterRow;
import org.junit.jupiter.api.Test;

class RosterFileReaderTest {

    private final RosterFileReader reader = new RosterFileReader();

    @Test
    void aCsvWithSemicolonsAndAByteOrderMarkIsReadInUtf8() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text =
                "E-mail;First name;Last name;Department;Title\r\n anna@acme.example ;Anna;Müller;Design;\"Lead; UX\"\r\n"
                        .getBytes(StandardCharsets.UTF_8);

        assertEquals(
                List.of(new RosterRow(2, "anna@acme.example", "Anna", "Müller", "Design", "Lead; UX")),
                reader.read("roster.csv", concat(bom, text)));
    }

    @Test
    void aCsvThatIsNotUtf8IsReadAsWindows1252() {
        byte[] content =
                "Email;Firstname;Surname\nanna@acme.example;Zoë;Müller\n".getBytes(Charset.forName("windows-1252"));

        assertEquals(
                List.of(new RosterRow(2, "anna@acme.example", "Zoë", "Müller", "", "")),
                reader.read("roster.csv", content));
    }

    @Test
    void aTabSeparatedFileIsACsvToo() {
        assertEquals(
                List.of(new RosterRow(2, "a@acme.example", "A", "B", "", "")),
                reader.read("roster.txt", csv("Mail\tGiven name\tFamily name\na@acme.example\tA\tB\n")));
    }

    @Test
    void headersAreMatchedLooselyAndOtherColumnsIgnored() {
        assertRows(
                csv("Notes,Work E-Mail,FORENAME,last_name, Dépt. ,Job-Title,Email\n"
                        + "hi,a@acme.example,Ann,Lee,Sales,CFO,other@acme.example\n"),
                new RosterRow(2, "a@acme.example", "Ann", "Lee", "Sales", "CFO"));
    }

    @Test
    void aFullNameIsSplitAtItsLastSpace() {
        assertRows(
                csv("Email address,Full name,Team,Role\n"
                        + "a@acme.example,Ana María García,Sales,Rep\nc@acme.example,Cher,,\n"),
                new RosterRow(2, "a@acme.example", "Ana María", "García", "Sales", "Rep"),
                new RosterRow(3, "c@acme.example", "Cher", "", "", ""));
    }

    @Test
    void blankRowsAreSkippedAndLinesStayThoseOfTheFile() {
        assertRows(
                csv("\nEmail,Name\n\na@acme.example,\"Ann\nLee\"\n , \nb@acme.example,Bo Ek"),
                new RosterRow(4, "a@acme.example", "Ann", "Lee", "", ""),
                new RosterRow(6, "b@acme.example", "Bo", "Ek", "", ""));
    }

    @Test
    void aWorkbookIsReadAsItsCellsShowWithoutEvaluatingAnything() throws IOException {
        byte[] content;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("People");
            cells(sheet.createRow(0), "E-mail", "First name", "Last name", "Department", "Title");
            Row ann = sheet.createRow(1);
            cells(ann, "ann@acme.example", "=HYPERLINK(\"http://x.example\")", "Lee");
            ann.createCell(3).setCellValue(42);
            Cell title = ann.createCell(4);
            title.setCellFormula("\"Chief\"&\" Officer\"");
            title.setCellValue("Cached title");
            cells(sheet.createRow(3), "bo@acme.example", "Bo", "Ek");
            workbook.createSheet("Other");
            workbook.write(out);
            content = out.toByteArray();
        }

        assertEquals(
                List.of(
                        new RosterRow(
                                2, "ann@acme.example", "=HYPERLINK(\"http://x.example\")", "Lee", "42", "Cached title"),
                        new RosterRow(4, "bo@acme.example", "Bo", "Ek", "", "")),
                reader.read("people.dat", content));
    }

    @Test
    void theRowLimitIsTenThousandPeople() {
        StringBuilder text = new StringBuilder("Email\n");
        for (int i = 0; i < RosterFileReader.MAX_ROWS; i++) {
            text.append("p").append(i).append("@acme.example\n\n");
        }
        assertEquals(
                RosterFileReader.MAX_ROWS,
                reader.read("roster.csv", csv(text.toString())).size());

        text.append("one.more@acme.example\n");
        assertRefused("more than 10,000 rows", csv(text.toString()));
    }

    @Test
    void whatIsNoRosterIsRefusedSayingWhatToUpload() throws IOException {
        assertRefused("The file is empty", new byte[0]);
        assertRefused("The file is empty", csv("\n ; \n\n"));
        assertRefused("but no people", csv("Email,Name\n"));
        assertRefused(
                "not a spreadsheet",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertRefused("not a spreadsheet", csv("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"));
        assertRefused("save it as .xlsx", new byte[] {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0
        });
        assertRefused(
                "No column of the file is the e-mail address: name the header of that column 'E-mail'",
                csv("First name,Last name\nAnn,Lee\n"));
        assertRefused("quotation mark", csv("Email,Name\na@acme.example,\"Ann Lee\n"));
        assertRefused("larger than 5 MB", new byte[RosterFileReader.MAX_BYTES + 1]);
        assertRefused("not a spreadsheet", zip("notes.txt", "Email\na@acme.example\n".getBytes()));
    }

    @Test
    void aTruncatedWorkbookIsDamaged() throws IOException {
        byte[] content;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            cells(workbook.createSheet().createRow(0), "Email");
            workbook.write(out);
            content = out.toByteArray();
        }

        assertRefused("The file is damaged", Arrays.copyOf(content, content.length / 2));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        byte[] bomb = zip("xl/worksheets/sheet1.xml", new byte[(int) RosterFileReader.MAX_UNPACKED_BYTES + 1]);

        assertTrue(bomb.length < RosterFileReader.MAX_BYTES);
        assertRefused("unpacks to more than 50 MB", bomb);
    }

    private void assertRefused(String expected, byte[] content) {
        RosterFileRefusedException e =
                assertThrows(RosterFileRefusedException.class, () -> reader.read("roster.xlsx", content));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private void assertRows(byte[] csvFile, RosterRow... expected) {
        assertEquals(List.of(expected), reader.read("roster.csv", csvFile));
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(String name, byte[] entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(entry);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
