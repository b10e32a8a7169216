package org.headshots.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An employee's consent for their photos and face data, through the API; carol starts without one. */
@Order(1)
@ExtendWith(HeadshotsSystem.class)
class ConsentIT {

    private static final String CONSENT = "/me/consent";

    @ParameterizedTest(name = "{0} /me/consent without a token")
    @CsvSource({"GET", "POST", "DELETE"})
    void everyConsentCallNeedsAToken(String method) throws Exception {
        Api.Reply reply = call(method, null, "{\"version\":\"2026-11-1\"}");

        assertEquals(401, reply.status(), reply.body());
        assertEquals("UNAUTHORIZED", reply.object().getString("error"));
    }

    @ParameterizedTest(name = "ivan (IT) may not {0} /me/consent")
    @CsvSource({"GET", "POST", "DELETE"})
    void onlyEmployeesHaveAConsent(String method) throws Exception {
        Api.Reply reply = call(method, Api.token("ivan"), "{\"version\":\"2026-11-1\"}");

        assertEquals(403, reply.status(), reply.body());
        assertEquals("FORBIDDEN", reply.object().getString("error"));
    }

    @Test
    @Order(1)
    void aFreshEmployeeHasNotAcceptedAndReadsWhatTheyAreAskedToAgreeTo() throws Exception {
        Api.Reply reply = Api.get(CONSENT, Api.token("carol"));

        assertEquals(200, reply.status(), reply.body());
        JsonObject consent = reply.object();
        assertFalse(consent.getBoolean("accepted"), reply.body());
        assertEquals(JsonValue.NULL, consent.get("acceptedAt"), reply.body());
        assertTrue(consent.getString("version").matches("\\d{4}-\\d{1,2}-\\d+"), reply.body());
        String text = consent.getString("text");
        for (String part : new String[] {
            "biometric data", "face embedding", "Who sees it", "nothing leaves the building", "30 days", "withdraw"
        }) {
            assertTrue(text.contains(part), "the text says '" + part + "': " + text);
        }
    }

    @Test
    @Order(2)
    void acceptingAnotherVersionIsRefusedNamingTheCurrentOne() throws Exception {
        String token = Api.token("carol");
        String current = Api.get(CONSENT, token).object().getString("version");

        Api.Reply old = Api.post(CONSENT, token, "{\"version\":\"2001-1-1\"}");
        assertEquals(400, old.status(), old.body());
        assertEquals("CONSENT_VERSION_NOT_CURRENT", old.object().getString("error"));
        assertTrue(old.object().getString("message").contains("the current version is " + current), old.body());

        Api.Reply none = Api.post(CONSENT, token, "{}");
        assertEquals(400, none.status(), none.body());
        assertEquals("INVALID_REQUEST", none.object().getString("error"));

        assertFalse(Api.get(CONSENT, token).object().getBoolean("accepted"), "nothing was recorded");
    }

    @Test
    @Order(3)
    void acceptingTheCurrentVersionIsRecordedOnce() throws Exception {
        String token = Api.token("carol");
        String current = Api.get(CONSENT, token).object().getString("version");

        Api.Reply accepted = Api.post(CONSENT, token, "{\"version\":\"" + current + "\"}");
        assertEquals(201, accepted.status(), accepted.body());
        assertTrue(accepted.object().getBoolean("accepted"), accepted.body());
        String acceptedAt = accepted.object().getString("acceptedAt");

        Api.Reply again = Api.post(CONSENT, token, "{\"version\":\"" + current + "\"}");
        assertEquals(200, again.status(), again.body());
        assertEquals(acceptedAt, again.object().getString("acceptedAt"), "the first acceptance stands");

        JsonObject shown = Api.get(CONSENT, token).object();
        assertTrue(shown.getBoolean("accepted"), shown.toString());
        assertEquals(acceptedAt, shown.getString("acceptedAt"));
        assertFalse(Api.get(CONSENT, Api.token("grace")).object().getBoolean("accepted"), "carol's consent is hers");
    }

    @Test
    @Order(4)
    void withdrawingEndsTheConsent() throws Exception {
        String token = Api.token("carol");

        Api.Reply withdrawn = Api.delete(CONSENT, token);
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertFalse(withdrawn.object().getBoolean("accepted"), withdrawn.body());

        JsonObject shown = Api.get(CONSENT, token).object();
        assertFalse(shown.getBoolean("accepted"), shown.toString());
        assertEquals(JsonValue.NULL, shown.get("acceptedAt"), shown.toString());
    }

    private static Api.Reply call(String method, String token, String json) throws Exception {
        return switch (method) {
            case "GET" -> Api.get(CONSENT, token);
            case "POST" -> Api.post(CONSENT, token, json);
            case "DELETE" -> Api.delete(CONSENT, token);
            default -> throw new IllegalArgumentException(method);
        };
    }
}
