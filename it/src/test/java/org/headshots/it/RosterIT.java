package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The roster in Excel: read back with POI against the members API (every member's row, the favourite's picture
 * in its row, the summary's counts and chart, no formula anywhere), refused to another company's admin and to
 * employees, and downloaded from the cockpit with its progress shown.
 */
@Order(6)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class RosterIT {

    @Test
    void theRosterReadsBackAsTheMembersApiSaysAndIsTheAdminsOnly() throws Exception {
        String olivia = Api.token("olivia");
        long sales = SalesOrder.id(olivia);
        SalesOrder.frankChoosesAFavourite(sales);
        String frank = Api.token("frank");

        HttpResponse<byte[]> reply = Api.bytes("/orders/" + sales + "/roster.xlsx", olivia);
        assertEquals(200, reply.statusCode(), new String(reply.body()));
        assertTrue(reply.headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertTrue(
                reply.headers()
                        .firstValue("Content-Disposition")
                        .orElse("")
                        .matches("attachment; filename=\"roster-[a-z0-9-]+-" + LocalDate.now() + "\\.xlsx\""),
                reply.headers().map().toString());

        List<JsonObject> members = Api.get("/orders/" + sales + "/members?max=500&sort=name", olivia)
                .object()
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
            assertEquals("Summary", book.getSheetName(0));
            XSSFSheet summary = book.getSheet("Summary");
            assertEquals(
                    "Headshots roster: " + RestApiIT.placedOrder,
                    text(summary.getRow(0).getCell(0)));
            assertEquals(members.size(), (int) summary.getRow(4).getCell(1).getNumericCellValue());
            assertEquals(1, summary.getDrawingPatriarch().getCharts().size(), "a chart of the counts");

            Map<String, List<String>> rows = new HashMap<>();
            int pictures = 0;
            for (int i = 1; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
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
                        cells(sheet.getRow(0)));
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    List<String> row = cells(sheet.getRow(r));
                    row.add(sheet.getSheetName());
                    rows.put(row.get(1), row);
                }
                if (sheet.getDrawingPatriarch() != null) {
                    pictures += sheet.getDrawingPatriarch().getShapes().size();
                }
            }
            assertEquals(members.size(), rows.size(), rows.toString());
            long favourites = 0;
            for (JsonObject member : members) {
                List<String> row = rows.get(member.getString("email"));
                assertEquals(member.getString("name"), row.get(0));
                assertEquals(member.getString("state"), row.get(3));
                assertEquals(Integer.toString(member.getInt("acceptedSelfies")), row.get(4));
                boolean chosen = member.containsKey("favouriteId") && !member.isNull("favouriteId");
                favourites += chosen ? 1 : 0;
                assertEquals(chosen ? "yes" : "no", row.get(5), row.toString());
                assertEquals(chosen ? "Open" : "", row.get(7), row.toString());
                assertEquals(
                        member.getString("department").isEmpty() ? "No department" : member.getString("department"),
                        row.get(10));
            }
            List<String> frankRow = rows.get("frank@headshots.example");
            assertEquals("Sales Manager", frankRow.get(2), "the title from the directory: " + frankRow);
            assertEquals("yes", frankRow.get(5));
            assertTrue(favourites >= 1);
            assertEquals(favourites, pictures, "one picture per favourite");
            assertEquals(favourites, book.getAllPictures().size());
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertTrue(cell.getCellType() != CellType.FORMULA, "no formula: " + cell);
                    }
                }
            }
        }

        assertEquals(
                404,
                Api.get("/orders/" + sales + "/roster.xlsx", Api.token("oscar")).status(),
                "another company's admin learns nothing");
        assertEquals(403, Api.get("/orders/" + sales + "/roster.xlsx", frank).status());
        assertEquals(404, Api.get("/orders/999999/roster.xlsx", olivia).status());
    }

    @Test
    void theCockpitDownloadsTheRosterAndShowsItsProgress() throws Exception {
        String olivia = Api.token("olivia");
        long sales = SalesOrder.id(olivia);
        Browser browser = Browsers.open();
        browser.signInAs("olivia");
        browser.open("/admin/order.xhtml?id=" + sales);
        browser.waitFor(By.id("download-roster")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> d.findElement(By.id("download-status"))
                        .getAttribute("class")
                        .contains("is-done"));
        String status = browser.text(By.id("download-status"));
        assertTrue(status.contains("The roster is ready"), status);
        browser.screenshot("roster-downloaded");
        Path saved = browser.awaitDownload("roster-.*\\.xlsx", Duration.ofSeconds(30));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(saved))) {
            assertEquals("Summary", book.getSheetName(0));
            assertTrue(book.getNumberOfSheets() >= 2, "a sheet per department");
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < 10; column++) {
            cells.add(text(row.getCell(column)));
        }
        return cells;
    }

    private static String text(Cell cell) {
        return new DataFormatter().formatCellValue(cell);
    }
}
