package org.headshots.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;

/**
 * Seeds N employees of the demo's first organisation who can upload selfies (uploader0001, ..., password
 * "demo", each having accepted the consent), through Keycloak's admin API and the application's own, and writes
 * their names to target/uploaders.csv and three phone-sized photos (2048 px, about 0.5 MB) to target/photos/.
 * Running it again reuses whoever exists.
 */
public final class SeedUploaders {

    private static final Path PHOTO = Path.of("../../gpu-node/src/test/resources/photos/astronaut.png");

    private SeedUploaders() {}

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long start = System.nanoTime();
        photos();
        String organisation = SeedOrganisation.find(
                SeedOrganisation.get(SeedOrganisation.ADMIN + "/organizations?max=100")
                        .asJsonArray(),
                "alias",
                SeedOrganisation.ORGANISATION);
        String employee =
                SeedOrganisation.get(SeedOrganisation.ADMIN + "/roles/employee").toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> work = new ArrayList<>();
        for (int i = 1; i <= people; i++) {
            String username = String.format("uploader%04d", i);
            work.add(pool.submit(() -> {
                seed(organisation, employee, username);
                return username;
            }));
        }
        StringBuilder csv = new StringBuilder("username\n");
        for (Future<String> future : work) {
            csv.append(future.get()).append('\n');
        }
        pool.shutdown();
        Files.writeString(Path.of("target/uploaders.csv"), csv);
        System.out.printf(
                "%d uploaders with consent in %.1f s: target/uploaders.csv, photos in target/photos%n",
                people, (System.nanoTime() - start) / 1e9);
    }

    private static void seed(String organisation, String employee, String username) throws Exception {
        JsonObject user = Json.createObjectBuilder()
                .add("username", username)
                .add("email", username + "@headshots.example")
                .add("firstName", "Upload")
                .add("lastName", username)
                .add("enabled", true)
                .add("emailVerified", true)
                .add(
                        "credentials",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "password")
                                        .add("value", "demo")
                                        .add("temporary", false)))
                .build();
        HttpResponse<String> created =
                SeedOrganisation.send(HttpRequest.newBuilder(URI.create(SeedOrganisation.ADMIN + "/users"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(user.toString())));
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException(username + " not created: " + created.statusCode() + " " + created.body());
        }
        String id = SeedOrganisation.get(SeedOrganisation.ADMIN + "/users?exact=true&username=" + username)
                .asJsonArray()
                .getJsonObject(0)
                .getString("id");
        SeedOrganisation.send(
                HttpRequest.newBuilder(URI.create(SeedOrganisation.ADMIN + "/users/" + id + "/role-mappings/realm"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("[" + employee + "]")));
        HttpResponse<String> member = SeedOrganisation.send(HttpRequest.newBuilder(
                        URI.create(SeedOrganisation.ADMIN + "/organizations/" + organisation + "/members"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("\"" + id + "\"")));
        if (member.statusCode() / 100 != 2 && member.statusCode() != 409) {
            throw new IllegalStateException(username + " not made a member: " + member.body());
        }
        consent(SeedOrganisation.token(username));
    }

    private static void consent(String token) throws Exception {
        String consent = SeedOrganisation.HTTP
                .send(
                        HttpRequest.newBuilder(URI.create(SeedOrganisation.APP + "/api/v1/me/consent"))
                                .header("Authorization", "Bearer " + token)
                                .timeout(Duration.ofSeconds(60))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String version = SeedOrganisation.read(consent).asJsonObject().getString("version");
        HttpResponse<String> accepted = SeedOrganisation.HTTP.send(
                HttpRequest.newBuilder(URI.create(SeedOrganisation.APP + "/api/v1/me/consent"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"version\":\"" + version + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() / 100 != 2) {
            throw new IllegalStateException("Consent refused: " + accepted.statusCode() + " " + accepted.body());
        }
    }

    /** Three photos of one face as a phone sends them: 2048 px JPEGs, the second mirrored, the third darker. */
    private static void photos() throws Exception {
        BufferedImage face = ImageIO.read(PHOTO.toFile());
        Files.createDirectories(Path.of("target/photos"));
        for (int k = 0; k < 3; k++) {
            BufferedImage photo = new BufferedImage(2048, 2048, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = photo.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            if (k == 1) {
                g.drawImage(face, 2048, 0, -2048, 2048, null);
            } else {
                g.drawImage(face, 0, 0, 2048, 2048, null);
            }
            if (k == 2) {
                g.setColor(new java.awt.Color(0, 0, 0, 40));
                g.fillRect(0, 0, 2048, 2048);
            }
            g.dispose();
            ImageIO.write(
                    photo, "jpg", Path.of("target/photos/photo-" + k + ".jpg").toFile());
        }
    }
}
