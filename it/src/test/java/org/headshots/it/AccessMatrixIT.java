package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may reach what, tried for every call of the API and every page and download of the web application: without
 * a session, and as each role (frank the employee, olivia the org admin who is an employee too, ivan of IT). The
 * API's table is {@link ApiInventory}; the pages' is {@link #PAGES}, and a page or servlet of the web module that is
 * not in it fails the test. Only refusals are asked for of callers the table refuses, so no call changes anything;
 * callers it admits are tried on pages, which only read.
 */
@Order(6)
@ExtendWith({HeadshotsSystem.class, Browsers.class})
class AccessMatrixIT {

    /** Who may open a page or a download. */
    enum Access {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Anyone signed in. */
        SIGNED_IN,
        EMPLOYEE,
        ORG_ADMIN,
        IT_ADMIN;

        boolean admits(Set<String> roles) {
            return switch (this) {
                case PUBLIC, SIGNED_IN -> true;
                case EMPLOYEE -> roles.contains("employee");
                case ORG_ADMIN -> roles.contains("org-admin");
                case IT_ADMIN -> roles.contains("it-admin");
            };
        }
    }

    private static final Map<String, Access> PAGES = new TreeMap<>(Map.ofEntries(
            Map.entry("/index.xhtml", Access.SIGNED_IN),
            Map.entry("/sign-out.xhtml", Access.SIGNED_IN),
            Map.entry("/logout", Access.SIGNED_IN),
            Map.entry("/join.xhtml", Access.PUBLIC),
            Map.entry("/status/ready", Access.PUBLIC),
            Map.entry("/callback", Access.SIGNED_IN),
            Map.entry("/error/status", Access.SIGNED_IN),
            Map.entry("/error/not-found.xhtml", Access.SIGNED_IN),
            Map.entry("/error/failure.xhtml", Access.SIGNED_IN),
            Map.entry("/error/forbidden.xhtml", Access.SIGNED_IN),
            Map.entry("/error/refused.xhtml", Access.SIGNED_IN),
            Map.entry("/employee/home.xhtml", Access.EMPLOYEE),
            Map.entry("/employee/consent.xhtml", Access.EMPLOYEE),
            Map.entry("/employee/selfies.xhtml", Access.EMPLOYEE),
            Map.entry("/employee/headshots.xhtml", Access.EMPLOYEE),
            Map.entry("/employee/my-data.xhtml", Access.EMPLOYEE),
            Map.entry("/employee/my-data.zip", Access.EMPLOYEE),
            Map.entry("/employee/check-turn", Access.EMPLOYEE),
            Map.entry("/employee/selfie-thumbnail", Access.EMPLOYEE),
            Map.entry("/employee/headshot-image", Access.EMPLOYEE),
            Map.entry("/employee/profile-picture", Access.EMPLOYEE),
            Map.entry("/admin/orders.xhtml", Access.ORG_ADMIN),
            Map.entry("/admin/order.xhtml", Access.ORG_ADMIN),
            Map.entry("/admin/member.xhtml", Access.ORG_ADMIN),
            Map.entry("/admin/wall.xhtml", Access.ORG_ADMIN),
            Map.entry("/admin/audit.xhtml", Access.ORG_ADMIN),
            Map.entry("/admin/settings.xhtml", Access.ORG_ADMIN),
            Map.entry("/admin/logo", Access.ORG_ADMIN),
            Map.entry("/admin/roster.xlsx", Access.ORG_ADMIN),
            Map.entry("/admin/audit.csv", Access.ORG_ADMIN),
            Map.entry("/admin/photos.zip", Access.ORG_ADMIN),
            Map.entry("/admin/download-progress", Access.ORG_ADMIN),
            Map.entry("/admin/team-image", Access.ORG_ADMIN),
            Map.entry("/admin/style-sample", Access.ORG_ADMIN),
            Map.entry("/admin/profile-picture", Access.ORG_ADMIN),
            Map.entry("/it/nodes.xhtml", Access.IT_ADMIN)));

    /** Servlet addresses the sources give by a constant's name. */
    private static final Map<String, String> CONSTANTS = Map.of("SecurityConfiguration.CALLBACK", "/callback");

    private static final Path WEB = Path.of("../web/src/main");
    private static final Pattern SERVLET = Pattern.compile("@WebServlet\\((\"[^\"]+\"|[A-Za-z.]+)\\)");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** The people tried, with their roles, and their sessions once signed in. */
    private static final Map<String, Set<String>> PEOPLE = new LinkedHashMap<>(Map.of(
            "frank", Set.of("employee"),
            "olivia", Set.of("org-admin", "employee"),
            "ivan", Set.of("it-admin")));

    private static final Map<String, String> SESSIONS = new LinkedHashMap<>();

    /** Each call with the media type of its body, from the application's description of its API. */
    private static Map<String, String> bodyTypes;

    @BeforeAll
    static void signedIn() throws Exception {
        bodyTypes = ApiInventory.served();
        for (String person : PEOPLE.keySet()) {
            Browser browser = Browsers.open();
            browser.signInAs(person);
            SESSIONS.put(
                    person,
                    browser.driver().manage().getCookieNamed("JSESSIONID").getValue());
        }
    }

    @Test
    void everyPageAndDownloadOfTheWebModuleIsInTheTable() throws IOException {
        TreeSet<String> served = new TreeSet<>(servedPages());
        TreeSet<String> missing = new TreeSet<>(served);
        missing.removeAll(PAGES.keySet());
        TreeSet<String> gone = new TreeSet<>(PAGES.keySet());
        gone.removeAll(served);

        assertTrue(missing.isEmpty(), "Say in AccessMatrixIT.PAGES who may open these: " + missing);
        assertTrue(gone.isEmpty(), "These are no longer served: " + gone);
    }

    @Test
    void withoutASessionEveryPageButThePublicOnesSendsToSignInAndEveryCallIs401() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Access> page : PAGES.entrySet()) {
            HttpResponse<String> answer = get(page.getKey(), Optional.empty());
            boolean toSignIn = answer.statusCode() == 302
                    && answer.headers().firstValue("Location").orElse("").contains("/protocol/openid-connect/auth");
            if (page.getValue() == Access.PUBLIC ? toSignIn || answer.statusCode() >= 500 : !toSignIn) {
                failures.add(page.getKey() + ": " + answer.statusCode() + " "
                        + answer.headers().firstValue("Location").orElse(""));
            }
        }
        for (String call : ApiInventory.CALLS.keySet()) {
            int status = api(call, null).statusCode();
            if (status != 401) {
                failures.add(call + " without a token: " + status);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void eachRoleOpensThePagesOfItsOwnAndIsRefusedTheOthers() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Set<String>> person : PEOPLE.entrySet()) {
            Optional<String> session = Optional.of(SESSIONS.get(person.getKey()));
            for (Map.Entry<String, Access> page : PAGES.entrySet()) {
                int status = get(page.getKey(), session).statusCode();
                boolean admitted = page.getValue().admits(person.getValue());
                if (admitted ? status == 401 || status == 403 || status >= 500 : status != 403) {
                    failures.add(page.getKey() + " as " + person.getKey() + ": " + status);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void eachRoleIsRefusedEveryCallTheTableDoesNotGiveIt() throws Exception {
        List<String> failures = new ArrayList<>();
        int refusals = 0;
        for (Map.Entry<String, Set<String>> person : PEOPLE.entrySet()) {
            String token = Api.token(person.getKey());
            for (Map.Entry<String, ApiInventory.Kind> call : ApiInventory.CALLS.entrySet()) {
                if (call.getValue().roles().stream().anyMatch(person.getValue()::contains)) {
                    continue;
                }
                refusals++;
                int status = api(call.getKey(), token).statusCode();
                if (status != 403) {
                    failures.add(call.getKey() + " as " + person.getKey() + ": " + status);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(refusals > 60, "the table refuses each role many calls: " + refusals);
    }

    /** The web module's pages (its .xhtml files) and servlets, read from its sources. */
    private static List<String> servedPages() throws IOException {
        List<String> pages = new ArrayList<>();
        Path webapp = WEB.resolve("webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + webapp.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/"))
                    .forEach(pages::add);
        }
        try (Stream<Path> files = Files.walk(WEB.resolve("java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher servlet = SERVLET.matcher(Files.readString(file));
                while (servlet.find()) {
                    String address = servlet.group(1);
                    pages.add(
                            address.startsWith("\"")
                                    ? address.substring(1, address.length() - 1)
                                    : CONSTANTS.getOrDefault(address, address));
                }
            }
        }
        return pages;
    }

    private static HttpResponse<String> get(String path, Optional<String> session)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(HeadshotsSystem.APP + path))
                .timeout(Duration.ofSeconds(60))
                .GET();
        session.ifPresent(id -> request.header("Cookie", "JSESSIONID=" + id));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The call with made-up ids and a body of the type it takes: a caller refused never gets as far as reading
     * them.
     */
    private static HttpResponse<String> api(String call, String token) throws IOException, InterruptedException {
        String method = call.substring(0, call.indexOf(' '));
        String path = call.substring(method.length() + 1).replaceAll("\\{[^}]+}", "1");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(HeadshotsSystem.APP + "/api/v1" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "*/*")
                .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"));
        String bodyType = bodyTypes.getOrDefault(call, "");
        if (!bodyType.isEmpty() && !bodyType.contains("*")) {
            request.header("Content-Type", bodyType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
