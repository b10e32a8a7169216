package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A roster imported into an order: the preview names each row's problem and changes nothing; a file with problems
 * is not applied; a good file creates and updates people in Keycloak and seats them, and applied again changes
 * nothing; a file that is not a roster is refused with what to do.
 */
@Order(6)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class RosterImportIT {

    private static final String STAMP = Long.toString(System.currentTimeMillis());

    @Test
    void eachKindOfProblemIsNamedOnItsLineAndNothingChanges() throws Exception {
        String olivia = Api.token("olivia");
        long order = draftOrder(olivia, "Roster problems " + STAMP);
        String newcomer = "ivy.import." + STAMP + "@headshots.example";
        String csv = "Email,First name,Last name,Department,Title\n"
                + newcomer + ",Ivy,Import,,Designer\n"
                + ",No,Mail,Design,\n"
                + "not-an-address,Bad,Mail,Design,\n"
                + "someone@elsewhere.example,Out,Side,Design,\n"
                + "jo.dept." + STAMP + "@headshots.example,Jo,Dept,Sails,\n"
                + newcomer.toUpperCase() + ",Ivy,Again,,\n"
                + "gina@globex.example,Gina,Globex,,\n";

        Api.Reply preview = Api.postPhoto(
                "/orders/" + order + "/roster/preview", olivia, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, preview.status(), preview.body());
        JsonObject shown = preview.object();
        List<JsonObject> problems = shown.getJsonArray("problems").getValuesAs(JsonObject.class);
        assertEquals(
                List.of(3, 4, 5, 6, 7, 8, 8),
                problems.stream().map(p -> p.getInt("line")).toList(),
                "one problem a line, two for gina (not our domain, another organisation): " + preview.body());
        assertTrue(message(problems, 3).contains("missing"), preview.body());
        assertTrue(message(problems, 5).contains("headshots.example"), preview.body());
        assertTrue(message(problems, 6).contains("Sails"), preview.body());
        assertTrue(message(problems, 7).contains("line 2"), preview.body());
        assertTrue(
                problems.stream()
                        .anyMatch(p ->
                                p.getInt("line") == 8 && p.getString("message").contains("another organisation")),
                preview.body());
        assertEquals("CREATE", shown.getJsonArray("rows").getJsonObject(0).getString("action"));
        assertFalse(shown.getBoolean("clean"));

        Api.Reply refused = Api.postPhoto(
                "/orders/" + order + "/roster/apply", olivia, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.status(), refused.body());
        assertEquals("ROSTER_HAS_PROBLEMS", refused.object().getString("error"));
        assertFalse(KeycloakAdmin.exists(newcomer), "nothing was made");
        assertEquals(
                1,
                Api.get("/orders/" + order + "/members", olivia)
                        .object()
                        .getJsonArray("rows")
                        .size(),
                "only grace, as placed");

        for (byte[] notARoster :
                List.of(new byte[0], new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
                })) {
            Api.Reply bad = Api.postPhoto(
                    "/orders/" + order + "/roster/preview", olivia, "application/octet-stream", notARoster);
            assertEquals(422, bad.status(), bad.body());
            assertEquals("ROSTER_FILE_REFUSED", bad.object().getString("error"));
        }
        assertEquals(
                404,
                Api.postPhoto(
                                "/orders/" + order + "/roster/preview",
                                Api.token("oscar"),
                                "text/csv",
                                csv.getBytes(StandardCharsets.UTF_8))
                        .status());
    }

    @Test
    void aGoodRosterCreatesUpdatesAndSeatsAndTheSameFileAgainChangesNothing() throws Exception {
        String olivia = Api.token("olivia");
        long order = draftOrder(olivia, "Roster import " + STAMP);
        String nina = "nina.roster." + STAMP + "@headshots.example";
        byte[] workbook = xlsx(new String[][] {
            {"E-mail address", "Given name", "Surname", "Team", "Job title"},
            {nina, "Nina", "Roster", "", "Photographer"},
            {"grace@headshots.example", "", "", "Design", "Lead Designer " + STAMP}
        });

        JsonObject preview = Api.postPhoto(
                        "/orders/" + order + "/roster/preview", olivia, "application/octet-stream", workbook)
                .object();
        assertTrue(preview.getBoolean("clean"), preview.toString());
        assertEquals(1, preview.getInt("toCreate"));
        assertEquals(1, preview.getInt("toUpdate"));
        assertFalse(KeycloakAdmin.exists(nina), "a preview changes nothing");

        Api.Reply first =
                Api.postPhoto("/orders/" + order + "/roster/apply", olivia, "application/octet-stream", workbook);
        assertEquals(200, first.status(), first.body());
        assertEquals(1, first.object().getInt("created"), first.body());
        assertEquals(1, first.object().getInt("updated"), first.body());
        assertEquals(1, first.object().getInt("seated"), "nina; grace had her seat: " + first.body());
        assertEquals(
                "Photographer",
                KeycloakAdmin.user(nina)
                        .getJsonObject("attributes")
                        .getJsonArray("title")
                        .getString(0));
        assertEquals(
                "Lead Designer " + STAMP,
                KeycloakAdmin.user("grace")
                        .getJsonObject("attributes")
                        .getJsonArray("title")
                        .getString(0));
        List<JsonObject> rows = Api.get("/orders/" + order + "/members", olivia)
                .object()
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class);
        assertEquals(
                List.of("grace@headshots.example", nina),
                rows.stream().map(m -> m.getString("email")).sorted().toList());
        assertEquals(
                "Lead Designer " + STAMP,
                rows.stream()
                        .filter(m -> m.getString("username").equals("grace"))
                        .findFirst()
                        .orElseThrow()
                        .getString("title"),
                "grace's seat says her new title");
        String ninaBefore = KeycloakAdmin.user(nina).toString();

        Api.Reply second =
                Api.postPhoto("/orders/" + order + "/roster/apply", olivia, "application/octet-stream", workbook);
        assertEquals(200, second.status(), second.body());
        assertEquals(0, second.object().getInt("created"), second.body());
        assertEquals(0, second.object().getInt("updated"), second.body());
        assertEquals(2, second.object().getInt("unchanged"), second.body());
        assertEquals(0, second.object().getInt("seated"), second.body());
        assertEquals(ninaBefore, KeycloakAdmin.user(nina).toString(), "Keycloak is as it was");
        assertEquals(
                2,
                Api.get("/orders/" + order + "/members", olivia)
                        .object()
                        .getJsonArray("rows")
                        .size());
    }

    @Test
    void theCockpitPreviewsARosterWithItsProblemsAndAppliesAGoodOne() throws Exception {
        String olivia = Api.token("olivia");
        long order = draftOrder(olivia, "Roster in the browser " + STAMP);
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("roster");
        java.nio.file.Path bad = java.nio.file.Files.writeString(
                folder.resolve("team.csv"),
                "E-mail;First name;Last name;Department\nsomeone@elsewhere.example;Out;Side;\n");
        String newcomer = "rita.browser." + STAMP + "@headshots.example";
        java.nio.file.Path good = java.nio.file.Files.writeString(
                folder.resolve("team-fixed.csv"),
                "E-mail;First name;Last name;Department\n" + newcomer + ";Rita;Browser;\n");

        Browser browser = Browsers.open();
        browser.signInAs("olivia");
        browser.open("/admin/order.xhtml?id=" + order);
        browser.waitFor(By.id("roster-import:import-panel_toggler")).click();
        browser.driver()
                .findElement(By.cssSelector("[id='roster-import:roster-file'] input[type='file']"))
                .sendKeys(bad.toString());
        browser.waitForText(By.id("import-summary"), "1 with problems", java.time.Duration.ofSeconds(60));
        assertTrue(browser.text(By.id("roster-import:import-rows")).contains("elsewhere.example"));
        assertFalse(
                browser.driver()
                        .findElement(By.id("roster-import:import-apply"))
                        .isEnabled(),
                "a roster with problems cannot be applied");
        browser.screenshot("roster-import-problems");

        browser.driver()
                .findElement(By.cssSelector("[id='roster-import:roster-file'] input[type='file']"))
                .sendKeys(good.toString());
        browser.waitForText(By.id("import-summary"), "1 new", java.time.Duration.ofSeconds(60));
        browser.driver().findElement(By.id("roster-import:import-apply")).click();
        browser.waitForText(By.id("growl_container"), "1 created", java.time.Duration.ofSeconds(60));
        assertTrue(KeycloakAdmin.exists(newcomer));
        assertTrue(Api.get("/orders/" + order + "/members", olivia)
                .object()
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(m -> m.getString("email").equals(newcomer)));
    }

    private static long draftOrder(String olivia, String name) throws Exception {
        Api.Reply placed = Api.post(
                "/orders",
                olivia,
                "{\"name\":\"" + name + "\",\"people\":[\"grace\"]," + "\"deadline\":\""
                        + LocalDate.now().plusDays(12) + "\",\"draft\":true}");
        assertEquals(201, placed.status(), placed.body());
        return placed.id();
    }

    private static String message(List<JsonObject> problems, int line) {
        return problems.stream()
                .filter(p -> p.getInt("line") == line)
                .findFirst()
                .orElseThrow()
                .getString("message");
    }

    private static byte[] xlsx(String[][] cells) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("People");
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
