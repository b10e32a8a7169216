package org.headshots.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * 200 employees upload selfies at once against one CPU node, each three photos one after the other as the
 * upload page sends them (seeded by SeedUploaders). Each upload's time is the time to its verdict. No request may
 * fail: a photo that waits for its check is answered late, never refused, and nobody is rate-limited. Meanwhile
 * another employee reads their selfies once a second, which must stay quick.
 */
public class UploadsLoadSimulation extends Simulation {

    private static final String APP = System.getProperty("headshots.app", "http://localhost:8080");
    private static final String KEYCLOAK = System.getProperty("headshots.keycloak", "http://localhost:8180");
    private static final int UPLOADERS = Integer.getInteger("load.uploaders", 200);
    private static final int PHOTOS = Integer.getInteger("load.photos", 3);

    private static List<Map<String, Object>> uploaders() {
        try {
            return Files.readAllLines(Path.of("target/uploaders.csv")).stream()
                    .skip(1)
                    .limit(UPLOADERS)
                    .map(name -> Map.<String, Object>of("username", name))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("Seed first (SeedUploaders): no target/uploaders.csv", e);
        }
    }

    private final HttpProtocolBuilder protocol =
            http.baseUrl(APP).disableCaching().acceptLanguageHeader("en").userAgentHeader("headshots-uploads-load");

    private final ScenarioBuilder uploading = scenario("employees uploading selfies")
            .feed(listFeeder(uploaders()).queue())
            .exec(http("sign in (token)")
                    .post(KEYCLOAK + "/realms/headshots/protocol/openid-connect/token")
                    .formParam("grant_type", "password")
                    .formParam("client_id", "headshots-cli")
                    .formParam("username", "#{username}")
                    .formParam("password", "demo")
                    .check(status().is(200), jsonPath("$.access_token").saveAs("token")))
            .exec(repeat(PHOTOS, "photo")
                    .on(http("upload: time to the verdict")
                            .post("/api/v1/me/selfies")
                            .header("Authorization", "Bearer #{token}")
                            .header("Accept", "application/json")
                            .bodyPart(RawFileBodyPart(
                                            "file",
                                            Path.of("target/photos/photo-#{photo}.jpg")
                                                    .toAbsolutePath()
                                                    .toString())
                                    .contentType("image/jpeg")
                                    .fileName("photo.jpg"))
                            .asMultipartForm()
                            .requestTimeout(java.time.Duration.ofMinutes(10))
                            .check(status().is(201), jsonPath("$.verdict").exists())));

    /** Someone else reading their selfies once a second while the uploads wait: the site must stay quick. */
    private final ScenarioBuilder reading = scenario("an employee reading while the others upload")
            .exec(http("reader: sign in (token)")
                    .post(KEYCLOAK + "/realms/headshots/protocol/openid-connect/token")
                    .formParam("grant_type", "password")
                    .formParam("client_id", "headshots-cli")
                    .formParam("username", "frank")
                    .formParam("password", "demo")
                    .check(status().is(200), jsonPath("$.access_token").saveAs("token")))
            .exec(repeat(60)
                    .on(exec(http("reader: my selfies, during the uploads")
                                    .get("/api/v1/me/selfies")
                                    .header("Authorization", "Bearer #{token}")
                                    .header("Accept", "application/json")
                                    .check(status().is(200)))
                            .pause(java.time.Duration.ofSeconds(1))));

    {
        setUp(uploading.injectOpen(atOnceUsers(UPLOADERS)), reading.injectOpen(atOnceUsers(1)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
