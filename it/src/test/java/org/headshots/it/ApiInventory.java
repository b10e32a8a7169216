package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every call of the API, by what it is for and so who may make it: the table the access tests try each call
 * against. A call the application serves that is not in it fails {@link TenantIsolationIT}.
 */
final class ApiInventory {

    private ApiInventory() {}

    /** What a call is for, and so what the other company's admin and employee must get from it. */
    enum Kind {
        /** IT's: both get 403. */
        IT,
        /** The admin's lists of their organisation: 200 for oscar, with nothing of the first company; 403 for gina. */
        ORGANISATION_LIST,
        /** One thing of the admin's organisation by id: 404 for oscar with the first company's id; 403 for gina. */
        ORGANISATION_ITEM,
        /** Placing an order: oscar cannot order for the first company's department; 403 for gina. */
        ORGANISATION_ORDER,
        /** The admin's own organisation's logo: never the first company's; 403 for gina. */
        ORGANISATION_OWN_LOGO,
        /** The caller's own data: 403 for oscar (no employee); gina's answer holds nothing of the first company. */
        OWN,
        /** One of the caller's own things by id: 404 for gina with the first company's id; 403 for oscar. */
        OWN_ITEM,
        /** The installation's catalogue (styles and their samples), no organisation's data: oscar may read it; 403 for gina. */
        INSTALLATION;

        /** The roles that may make a call of this kind; any other signed-in caller gets 403. */
        Set<String> roles() {
            return switch (this) {
                case IT -> Set.of("it-admin");
                case ORGANISATION_LIST, ORGANISATION_ITEM, ORGANISATION_ORDER, ORGANISATION_OWN_LOGO ->
                    Set.of("org-admin");
                case OWN, OWN_ITEM -> Set.of("employee");
                case INSTALLATION -> Set.of("org-admin", "it-admin");
            };
        }
    }

    /** Every call of the API, as "METHOD /path" under /api/v1. */
    static final Map<String, Kind> CALLS = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /nodes", Kind.IT),
            Map.entry("POST /nodes", Kind.IT),
            Map.entry("DELETE /nodes/{address}", Kind.IT),
            Map.entry("POST /nodes/analyze", Kind.IT),
            Map.entry("POST /nodes/self-test", Kind.IT),
            Map.entry("GET /jobs/{jobId}", Kind.IT),
            Map.entry("GET /retention/sweeps", Kind.IT),
            Map.entry("POST /retention/sweeps", Kind.IT),
            Map.entry("GET /orders", Kind.ORGANISATION_LIST),
            Map.entry("POST /orders", Kind.ORGANISATION_ORDER),
            Map.entry("GET /orders/{id}", Kind.ORGANISATION_ITEM),
            Map.entry("PATCH /orders/{id}", Kind.ORGANISATION_ITEM),
            Map.entry("POST /orders/{id}/open", Kind.ORGANISATION_ITEM),
            Map.entry("POST /orders/{id}/close", Kind.ORGANISATION_ITEM),
            Map.entry("POST /orders/{id}/remind", Kind.ORGANISATION_ITEM),
            Map.entry("GET /orders/{id}/mails", Kind.ORGANISATION_ITEM),
            Map.entry("POST /orders/{id}/sync", Kind.ORGANISATION_ITEM),
            Map.entry("GET /orders/{id}/members", Kind.ORGANISATION_ITEM),
            Map.entry("POST /orders/{id}/members", Kind.ORGANISATION_ITEM),
            Map.entry("GET /orders/{id}/join-links", Kind.ORGANISATION_ITEM),
            Map.entry("POST /orders/{id}/join-links", Kind.ORGANISATION_ITEM),
            Map.entry("DELETE /orders/{id}/join-links/{linkId}", Kind.ORGANISATION_ITEM),
            Map.entry("GET /orders/{id}/members/{username}", Kind.ORGANISATION_ITEM),
            Map.entry("GET /orders/{id}/roster.xlsx", Kind.ORGANISATION_ITEM),
            Map.entry("GET /orders/{id}/photos.zip", Kind.ORGANISATION_ITEM),
            Map.entry("POST /orders/{id}/roster/preview", Kind.ORGANISATION_ITEM),
            Map.entry("GET /orders/{id}/profile-template", Kind.ORGANISATION_ITEM),
            Map.entry("PUT /orders/{id}/profile-template", Kind.ORGANISATION_ITEM),
            Map.entry("GET /orders/{id}/profile-template/preview.png", Kind.ORGANISATION_ITEM),
            Map.entry("POST /orders/{id}/roster/apply", Kind.ORGANISATION_ITEM),
            Map.entry("POST /orders/{id}/members/{username}/remind", Kind.ORGANISATION_ITEM),
            Map.entry("POST /orders/{id}/members/{username}/remakes", Kind.ORGANISATION_ITEM),
            Map.entry("PUT /orders/{id}/members/{username}/handled", Kind.ORGANISATION_ITEM),
            Map.entry("DELETE /orders/{id}/members/{username}", Kind.ORGANISATION_ITEM),
            Map.entry("DELETE /orders/{id}/members/{username}/data", Kind.ORGANISATION_ITEM),
            Map.entry("GET /runs", Kind.ORGANISATION_LIST),
            Map.entry("GET /styles", Kind.INSTALLATION),
            Map.entry("GET /styles/{style}/sample", Kind.INSTALLATION),
            Map.entry("GET /audit", Kind.ORGANISATION_LIST),
            Map.entry("GET /settings", Kind.ORGANISATION_LIST),
            Map.entry("PUT /settings", Kind.ORGANISATION_LIST),
            Map.entry("GET /settings/logo", Kind.ORGANISATION_OWN_LOGO),
            Map.entry("PUT /settings/logo", Kind.ORGANISATION_OWN_LOGO),
            Map.entry("GET /audit/export.csv", Kind.ORGANISATION_LIST),
            Map.entry("POST /runs/{id}/retry", Kind.ORGANISATION_ITEM),
            Map.entry("GET /selfies/{id}/thumbnail", Kind.ORGANISATION_ITEM),
            Map.entry("GET /me/seats", Kind.OWN),
            Map.entry("GET /me/data.zip", Kind.OWN),
            Map.entry("DELETE /me/data", Kind.OWN),
            Map.entry("GET /me/consent", Kind.OWN),
            Map.entry("POST /me/consent", Kind.OWN),
            Map.entry("DELETE /me/consent", Kind.OWN),
            Map.entry("GET /me/favourite", Kind.OWN),
            Map.entry("PUT /me/favourite", Kind.OWN_ITEM),
            Map.entry("GET /me/headshots", Kind.OWN),
            Map.entry("GET /headshots/{id}/image", Kind.OWN_ITEM),
            Map.entry("GET /me/jobs", Kind.OWN),
            Map.entry("POST /me/jobs", Kind.OWN),
            Map.entry("POST /me/jobs/{id}/retry", Kind.OWN_ITEM),
            Map.entry("GET /me/selfies", Kind.OWN),
            Map.entry("POST /me/selfies", Kind.OWN),
            Map.entry("DELETE /me/selfies/{id}", Kind.OWN_ITEM),
            Map.entry("GET /me/selfies/{id}/thumbnail", Kind.OWN_ITEM)));

    /** The calls the application serves, from its own description of the API (Jersey's WADL, for IT). */
    static List<String> servedCalls() throws Exception {
        return List.copyOf(served().keySet());
    }

    /** The calls the application serves, each with the media type its body is sent in ("" when it takes none). */
    static Map<String, String> served() throws Exception {
        HttpResponse<byte[]> wadl = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(HeadshotsSystem.APP + "/api/v1/application.wadl"))
                                .header("Authorization", "Bearer " + Api.token("ivan"))
                                .header("Accept", "application/vnd.sun.wadl+xml")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, wadl.statusCode(), new String(wadl.body(), StandardCharsets.UTF_8));
        Element root = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(wadl.body()))
                .getDocumentElement();
        Map<String, String> calls = new TreeMap<>();
        for (Node resources = root.getFirstChild(); resources != null; resources = resources.getNextSibling()) {
            if ("resources"
                    .equals(resources.getLocalName() != null ? resources.getLocalName() : resources.getNodeName())) {
                collect(resources, "", calls);
            }
        }
        return calls;
    }

    private static void collect(Node parent, String path, Map<String, String> calls) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
            if (name.endsWith("resource")) {
                String segment = ((Element) node).getAttribute("path");
                collect(node, (path + "/" + segment).replaceAll("/+", "/").replaceAll("/$", ""), calls);
            } else if (name.endsWith("method")) {
                calls.put(((Element) node).getAttribute("name") + " " + path, bodyType((Element) node));
            }
        }
    }

    private static String bodyType(Element method) {
        NodeList requests = method.getElementsByTagNameNS("*", "request");
        if (requests.getLength() == 0) {
            return "";
        }
        NodeList representations = ((Element) requests.item(0)).getElementsByTagNameNS("*", "representation");
        return representations.getLength() == 0 ? "" : ((Element) representations.item(0)).getAttribute("mediaType");
    }
}
