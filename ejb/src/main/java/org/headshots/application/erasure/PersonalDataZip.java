package org.headshots.application.erasure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.headshots.domain.people.Username;
import org.headshots.domain.selfie.PhotoStore;

/** A person's data as one ZIP: a README, the JSON document, then every selfie and headshot as it was kept. */
public final class PersonalDataZip {

    static final String DOCUMENT = "your-data.json";
    static final String README = "README.txt";

    private static final JsonWriterFactory PRETTY =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private final Username person;
    private final OffsetDateTime at;
    private final JsonObject document;
    private final Map<String, String> files;
    private final PhotoStore store;

    PersonalDataZip(
            Username person, OffsetDateTime at, JsonObject document, Map<String, String> files, PhotoStore store) {
        this.person = person;
        this.at = at;
        this.document = document;
        this.files = Map.copyOf(files);
        this.store = store;
    }

    static String selfieFile(long id) {
        return "selfies/selfie-" + id + ".jpg";
    }

    static String headshotFile(long id) {
        return "headshots/headshot-" + id + ".jpg";
    }

    public String fileName() {
        return "headshots-data-" + person.value() + "-" + at.toLocalDate() + ".zip";
    }

    public void writeTo(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        put(zip, README, readme().getBytes(StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
        try (JsonWriter writer = PRETTY.createWriter(json, StandardCharsets.UTF_8)) {
            writer.writeObject(document);
        }
        put(zip, DOCUMENT, json.toByteArray());
        for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
            put(zip, file.getKey(), store.get(file.getValue()));
        }
        zip.finish();
        zip.flush();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private String readme() {
        return """
                Everything Headshots keeps of %s, as of %s.

                your-data.json   your seats in your organisation's orders (name, e-mail, department, title),
                                 the consents you gave and withdrew, your sign-ins, the mails sent to you,
                                 your selfies' checks and face measurements, your face profile, your runs,
                                 your headshots (which one is your favourite), and "activity": who viewed,
                                 downloaded or deleted your photos and when, your admins' downloads of your
                                 orders' photos included.
                selfies/         every selfie you uploaded that is still kept, upright, as JPEG.
                headshots/       every headshot made of you that is still kept, as JPEG.

                Selfies and headshots you deleted, and those the retention period took away, are gone and
                therefore not here.
                """.formatted(person.value(), at);
    }
}
