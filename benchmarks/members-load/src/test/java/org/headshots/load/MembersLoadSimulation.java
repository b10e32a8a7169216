package org.headshots.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * 50 org admins at once on the members of a 5,000-person order (seeded by SeedOrganisation): half of them on
 * the cockpit page (signed in through Keycloak's own form, then the members table's pages, sorts, searches
 * and state filter as the page's lazy table asks for them), half on the members API (pages, sorts, searches,
 * filters). No request may fail.
 */
public class MembersLoadSimulation extends Simulation {

    private static final String APP = System.getProperty("headshots.app", "http://localhost:8080");
    private static final int ADMINS = Integer.getInteger("load.admins", 50);
    private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("load.seconds", 60));
    private static final long ORDER = order();
    private static final String MEMBERS = "/api/v1/orders/" + ORDER + "/members";

    private static long order() {
        try {
            return Long.parseLong(
                    Files.readString(Path.of("target/bench-order.txt")).strip());
        } catch (Exception e) {
            throw new IllegalStateException("Seed first (SeedOrganisation): no target/bench-order.txt", e);
        }
    }

    private static String bearer() {
        try {
            return "Bearer " + SeedOrganisation.token("olivia");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private final HttpProtocolBuilder protocol =
            http.baseUrl(APP).disableCaching().acceptLanguageHeader("en").userAgentHeader("headshots-members-load");

    private static ChainBuilder api(String name, String query) {
        return exec(http(name)
                .get(MEMBERS + query)
                .header("Authorization", "#{bearer}")
                .header("Accept", "application/json")
                .check(status().is(200), substring("\"rows\"")));
    }

    private final ScenarioBuilder throughTheApi = scenario("members API")
            .exec(session -> session.set("bearer", bearer()))
            .during(LENGTH)
            .on(exec(session -> session.set("first", ThreadLocalRandom.current().nextInt(0, 99) * 50)
                            .set(
                                    "search",
                                    "Person " + ThreadLocalRandom.current().nextInt(1, 500)))
                    .exec(api("API: a page by name", "?first=#{first}&max=50&sort=name"))
                    .exec(api("API: a page by state, descending", "?first=#{first}&max=50&sort=state&order=desc"))
                    .exec(api("API: search", "?search=#{search}&max=50"))
                    .exec(api("API: one state", "?state=INVITED&first=#{first}&max=100&sort=email")));

    private final ScenarioBuilder onThePage = scenario("members table page")
            .exec(http("page: sign in (Keycloak form)")
                    .get("/admin/order.xhtml?id=" + ORDER)
                    .check(css("#kc-form-login", "action").saveAs("login")))
            .exec(http("page: sign in (name)")
                    .post("#{login}")
                    .formParam("username", "olivia")
                    .check(css("#kc-form-login", "action").saveAs("password")))
            .exec(http("page: sign in (password)")
                    .post("#{password}")
                    .formParam("password", "demo")
                    .check(
                            substring("cockpit:members"),
                            css("input[name='jakarta.faces.ViewState']", "value")
                                    .saveAs("view")))
            .during(LENGTH)
            .on(exec(session -> session.set("first", ThreadLocalRandom.current().nextInt(0, 199) * 25))
                    .exec(http("page: the cockpit with its first 25 members")
                            .get("/admin/order.xhtml?id=" + ORDER)
                            .check(
                                    status().is(200),
                                    substring("cockpit:members"),
                                    css("input[name='jakarta.faces.ViewState']", "value")
                                            .saveAs("view")))
                    .exec(http("page: the table's page at a row")
                            .post("/admin/order.xhtml?id=" + ORDER)
                            .header("Faces-Request", "partial/ajax")
                            .formParam("jakarta.faces.partial.ajax", "true")
                            .formParam("jakarta.faces.source", "cockpit:members")
                            .formParam("jakarta.faces.partial.execute", "cockpit:members")
                            .formParam("jakarta.faces.partial.render", "cockpit:members")
                            .formParam("cockpit:members_pagination", "true")
                            .formParam("cockpit:members_first", "#{first}")
                            .formParam("cockpit:members_rows", "25")
                            .formParam("cockpit:members_encodeFeature", "true")
                            .formParam("cockpit", "cockpit")
                            .formParam("jakarta.faces.ViewState", "#{view}")
                            .check(status().is(200), substring("<partial-response"), substring("Bench"))));

    {
        setUp(
                        throughTheApi.injectClosed(
                                constantConcurrentUsers(ADMINS / 2).during(LENGTH)),
                        onThePage.injectClosed(
                                constantConcurrentUsers(ADMINS - ADMINS / 2).during(LENGTH)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
