package org.headshots.application.erasure;

import static org.headshots.application.erasure.ZeldaAndFrank.ACME;
import static org.headshots.application.erasure.ZeldaAndFrank.ZELDA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.headshots.domain.audit.AuditAction;
import org.headshots.infrastructure.persistence.H2Repositories;
import org.headshots.infrastructure.storage.EncryptedPhotoStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zelda's download of all her data, read back from the ZIP as she would read it. */
class PersonalDataExportTest {

    @TempDir
    Path data;

    private EntityManager em;
    private ZeldaAndFrank people;
    private Map<String, byte[]> entries;
    private JsonObject document;

    @BeforeEach
    void zeldasZip() throws IOException {
        em = H2Repositories.onEmptyTables();
        EncryptedPhotoStore store =
                EncryptedPhotoStore.at(data, Base64.getEncoder().encodeToString(new byte[32]));
        people = new ZeldaAndFrank(em, store);
        PersonalDataExport export =
                ErasureOnH2.export(em, store, Clock.fixed(ZeldaAndFrank.NOW.toInstant(), ZoneOffset.UTC));
        PersonalDataZip zip = people.inTransaction(() -> export.prepare(ZELDA, ACME));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        zip.writeTo(out);
        entries = unzip(out.toByteArray());
        document = Json.createReader(
                        new StringReader(new String(entries.get(PersonalDataZip.DOCUMENT), StandardCharsets.UTF_8)))
                .readObject();
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void theZipHoldsHerSelfiesAndHeadshotsAsTheyWereKeptAndNothingOfFranks() {
        assertEquals(
                List.of(
                        "README.txt",
                        "headshots/headshot-" + people.zeldasHeadshots.get(0) + ".jpg",
                        "headshots/headshot-" + people.zeldasHeadshots.get(1) + ".jpg",
                        "selfies/selfie-" + people.zeldasSelfies.get(0) + ".jpg",
                        "selfies/selfie-" + people.zeldasSelfies.get(1) + ".jpg",
                        "your-data.json"),
                List.copyOf(entries.keySet()));
        assertArrayEquals(new byte[] {1, 2, 0}, entries.get("selfies/selfie-" + people.zeldasSelfies.get(0) + ".jpg"));
        assertArrayEquals(
                new byte[] {5, 6, 1}, entries.get("headshots/headshot-" + people.zeldasHeadshots.get(1) + ".jpg"));
        assertFalse(document.toString().contains("frank@"), "nothing of Frank's");
    }

    @Test
    void theDocumentHasHerSeatsConsentsSignInsMailsFaceDataRunsAndHeadshots() {
        assertEquals("zelda.q", document.getString("person"));
        List<String> orders = document.getJsonArray("orders").getValuesAs(JsonObject.class).stream()
                .map(order -> order.getString("orderName") + " " + order.getString("email"))
                .sorted()
                .toList();
        assertEquals(
                List.of("Board portraits zelda.quist@headshots.example", "Sales 2027 zelda.quist@headshots.example"),
                orders);
        assertEquals(
                "2027-1-1", document.getJsonArray("consents").getJsonObject(0).getString("textVersion"));
        assertEquals(1, document.getJsonArray("signIns").size());
        assertEquals(
                "zelda.q@headshots.example",
                document.getJsonArray("mails").getJsonObject(0).getString("to"));
        assertEquals(
                List.of(0.5, 0.75),
                document.getJsonObject("faceProfile").getJsonArray("embedding").getValuesAs(JsonValue.class).stream()
                        .map(value -> Double.parseDouble(value.toString()))
                        .toList());
        assertEquals(
                2,
                document.getJsonArray("selfies")
                        .getJsonObject(0)
                        .getJsonArray("faceEmbedding")
                        .size());
        assertEquals(1, document.getJsonArray("runs").size());
        List<Boolean> favourites = document.getJsonArray("headshots").getValuesAs(JsonObject.class).stream()
                .map(headshot -> headshot.getBoolean("favourite"))
                .sorted()
                .toList();
        assertEquals(List.of(false, true), favourites);
    }

    @Test
    void theActivityShowsWhoViewedAndDownloadedHerPhotos() {
        List<String> activity = document.getJsonArray("activity").getValuesAs(JsonObject.class).stream()
                .map(event -> event.getString("who") + " " + event.getString("action"))
                .toList();

        assertTrue(activity.contains("olivia " + AuditAction.HEADSHOT_VIEWED_BY_ADMIN), activity.toString());
        assertTrue(activity.contains("olivia " + AuditAction.TEAM_PHOTOS_DOWNLOADED), activity.toString());
        assertTrue(activity.contains("olivia " + AuditAction.INVITATION_QUEUED), activity.toString());
        assertTrue(activity.contains("zelda.q " + AuditAction.SELFIE_UPLOADED), activity.toString());
        assertEquals(4, activity.size(), "Frank's upload and invitation are not hers: " + activity);
        assertEquals(1, H2Repositories.audit(em).about("person:zelda.q").size(), "the download itself is audited");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
