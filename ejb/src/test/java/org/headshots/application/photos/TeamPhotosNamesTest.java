package org.headshots.application.photos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeamPhotosNamesTest {

    private static final Pattern REFUSED_ANYWHERE = Pattern.compile("[/\\\\:*?\"<>|\\p{Cc}]");
    private static final Pattern DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])");

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource({
        "CON_, CON",
        "nul_, nul",
        "Aux_, ' Aux '",
        "prn_.txt, prn.txt",
        "COM1_, COM1",
        "lpt9_.tar.gz, lpt9.tar.gz",
        "CON_.jpg, 'CON .jpg'",
        "Con_, Con...",
        "Constance, Constance",
        "COM10, COM10",
        "Nul Points, Nul Points"
    })
    void windowsDeviceNamesGetAnUnderscoreWhateverTheCaseOrExtension(String expected, String name) {
        assertEquals(expected, ZipEntryNames.segment(name, "x"));
    }

    @ParameterizedTest(name = "{1} (or {2}) -> {0}")
    @CsvSource({
        "bob, .., bob",
        "bob, ., bob",
        "bob, ' ... ', bob",
        "bob, , bob",
        "_, .., ..",
        "hidden, ' .hidden. ', x",
        "J. R. R. Tolkien, J. R. R. Tolkien, x",
        "a..b, a..b, x"
    })
    void dotsAndSpacesAtTheEndsGoAndNothingLeftIsTheFallback(String expected, String name, String fallback) {
        assertEquals(expected, ZipEntryNames.segment(name, fallback));
    }

    @Test
    void slashesAndTheCharactersWindowsRefusesBecomeUnderscores() {
        assertEquals("AC_DC", ZipEntryNames.segment("AC/DC", "x"));
        assertEquals("a_b_c_d_e_f_g_h_i_j", ZipEntryNames.segment("a/b\\c:d*e?f\"g<h>i|j", "x"));
        assertEquals("_etc_passwd", ZipEntryNames.segment("../etc/passwd", "x"));
        assertEquals("C__Windows", ZipEntryNames.segment("C:\\Windows", "x"));
    }

    @Test
    void controlAndDirectionCharactersDoNotSurvive() {
        assertEquals("Bob Baker", ZipEntryNames.segment("Bob\tBaker\n", "x"));
        assertEquals("Bob Baker", ZipEntryNames.segment("Bob\u0000\u0007  \u00A0Baker\u007F", "x"));
        assertEquals("Evilgpj.exe", ZipEntryNames.segment("Evil\u202Egpj.exe", "x"));
    }

    @Test
    void longNamesAreCutToAHundredCharactersWithoutSplittingOne() {
        assertEquals("a".repeat(100), ZipEntryNames.segment("a".repeat(150), "x"));
        assertEquals("a".repeat(99), ZipEntryNames.segment("a".repeat(99) + ".jpeg", "x"));
        String emoji = "\uD83D\uDE00";
        assertEquals("b" + emoji.repeat(49), ZipEntryNames.segment("b" + emoji.repeat(60), "x"));
        String chinese = ZipEntryNames.segment("王".repeat(100), "x");
        assertEquals(85, chinese.length());
        assertTrue(chinese.getBytes(StandardCharsets.UTF_8).length <= 255);
    }

    @Test
    void composedAndDecomposedAccentsAreOneName() {
        assertEquals("Zo\u00EB", ZipEntryNames.segment("Zoe\u0308", "x"));
    }

    @Test
    void peopleGoInAFolderOfTheirDepartment() {
        ZipEntryNames names = new ZipEntryNames();

        assertEquals("Engineering/Bob Baker/", names.folderOf("Engineering", "Bob Baker", "bob"));
        assertEquals("Engineering - Platform/Dan Dee/", names.folderOf("Engineering/Platform", "Dan Dee", "dan"));
        assertEquals("No department/Carol/", names.folderOf("", "Carol", "carol"));
        assertEquals("No department/Cleo/", names.folderOf(null, "Cleo", "cleo"));
        assertEquals("R&D_ Labs/Eve/", names.folderOf("R&D: Labs", "Eve", "eve"));
        assertEquals("Sales/frank/", names.folderOf("Sales", " ", "frank"));
    }

    @Test
    void theSecondPersonOfTheSameNameInADepartmentIsToldByTheirUsername() {
        ZipEntryNames names = new ZipEntryNames();

        assertEquals("Engineering/Bob Baker/", names.folderOf("Engineering", "Bob Baker", "bob"));
        assertEquals("Sales/Bob Baker/", names.folderOf("Sales", "Bob Baker", "bob3"));
        assertEquals("Engineering/Bob Baker (bob2)/", names.folderOf("Engineering", "Bob Baker", "bob2"));
        assertEquals("Engineering/BOB BAKER (bob4)/", names.folderOf("Engineering", "BOB BAKER", "bob4"));
        assertEquals("Engineering/Bob Baker (bob2) (carl)/", names.folderOf("Engineering", "Bob Baker (bob2)", "carl"));
    }

    @Test
    void aUsernameTooLongToAppendGivesANumberInstead() {
        ZipEntryNames names = new ZipEntryNames();
        String longName = "x".repeat(60);

        assertEquals("Sales/Ann/", names.folderOf("Sales", "Ann", "ann"));
        assertEquals("Sales/Ann (2)/", names.folderOf("Sales", "Ann", longName));
        assertEquals("Sales/Ann (3)/", names.folderOf("Sales", "Ann", longName + "y"));
    }

    @Test
    void aLongNameKeepsItsSuffixWhenTheFolderIsCut() {
        ZipEntryNames names = new ZipEntryNames();
        String longName = "Bartholomew ".repeat(10).strip();

        String first = names.folderOf("Sales", longName, "bart");
        String second = names.folderOf("Sales", longName, "bart2");

        assertEquals("Sales/" + longName.substring(0, 100).strip() + "/", first);
        assertTrue(second.endsWith(" (bart2)/"), second);
        assertEquals(100, second.length() - "Sales/".length() - 1, second);
    }

    @Test
    void departmentsThatOnlyDifferInCaseOrClashWithTheReadmeGetTheirOwnFolder() {
        ZipEntryNames names = new ZipEntryNames("README.txt");

        assertEquals("Sales/Ann/", names.folderOf("Sales", "Ann", "ann"));
        assertEquals("sales (2)/Ann/", names.folderOf("sales", "Ann", "ann2"));
        assertEquals("Sales/Bea/", names.folderOf("Sales", "Bea", "bea"));
        assertEquals("readme.txt (2)/Cy/", names.folderOf("readme.txt", "Cy", "cy"));
        assertEquals("No department/Ed/", names.folderOf("", "Ed", "ed"));
        assertEquals("No department (2)/Di/", names.folderOf("No department", "Di", "di"));
    }

    @Test
    void filesAreNamedByThePersonAndTheSize() {
        assertEquals("bob-baker-1024.jpg", ZipEntryNames.fileName("Bob Baker", "1024", "jpg"));
        assertEquals("zoë-o-neil-original.jpg", ZipEntryNames.fileName("Zoë O'Neil", "original", "jpg"));
        assertEquals("王伟-profile.png", ZipEntryNames.fileName("王伟", "profile", "png"));
        assertEquals("headshot-profile.jpg", ZipEntryNames.fileName(" ?! ", "profile", "jpg"));
        assertEquals("con-original.jpg", ZipEntryNames.fileName("CON", "original", "jpg"));
        String cut = ZipEntryNames.fileName("Bartholomew ".repeat(12), "original", "jpg");
        assertTrue(cut.length() <= 100 && cut.endsWith("-original.jpg") && !cut.contains("--"), cut);
    }

    @Test
    void noNastyNameGivesAnUnsafeEntry() {
        List<String> nasty = List.of(
                "..",
                ".",
                "",
                " ",
                "CON",
                "con.jpg",
                "a/../b",
                "..\\..\\x",
                "\u0000",
                "\t",
                "x".repeat(300),
                "王".repeat(300),
                "\uD83D\uDE00".repeat(200),
                "Ann.",
                "Ann ",
                "..Ann..",
                "*?",
                "LPT1.txt",
                "a\u202Eb",
                ":",
                "/",
                "\\",
                "COM3 .x");
        ZipEntryNames names = new ZipEntryNames("README.txt");
        Set<String> folders = new HashSet<>();
        int n = 0;
        for (String department : nasty) {
            for (String person : nasty) {
                String folder = names.folderOf(department, person, "user" + n++);
                assertTrue(folders.add(folder.toLowerCase(Locale.ROOT)), folder);
                String entry = folder + ZipEntryNames.fileName(person, "1024", "jpg");
                String[] segments = entry.split("/", -1);
                assertEquals(3, segments.length, entry);
                for (String segment : segments) {
                    assertSafe(segment, entry);
                }
            }
        }
    }

    private static void assertSafe(String segment, String entry) {
        assertFalse(segment.isEmpty(), entry);
        assertFalse(segment.equals("..") || segment.equals("."), entry);
        assertFalse(REFUSED_ANYWHERE.matcher(segment).find(), entry);
        assertFalse(segment.startsWith(".") || segment.startsWith(" "), entry);
        assertFalse(segment.endsWith(".") || segment.endsWith(" "), entry);
        assertFalse(DEVICE.matcher(segment.split("\\.", 2)[0].strip()).matches(), entry);
        assertTrue(segment.length() <= 100, entry);
        assertTrue(segment.getBytes(StandardCharsets.UTF_8).length <= 255, entry);
    }
}
