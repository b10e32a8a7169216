package org.headshots.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.headshots.application.ConsentRequiredException;
import org.headshots.application.FleetUnavailableException;
import org.headshots.application.OrderNotFoundException;
import org.headshots.application.settings.LogoRefusedException;
import org.headshots.domain.order.OrderStateException;
import org.headshots.domain.people.Username;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiExceptionMapperTest {

    private final ApiExceptionMapper mapper = new ApiExceptionMapper();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(Incident.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(Incident.class.getName()).removeHandler(capture);
    }

    @Test
    void tooManyUploadsSaysWhenToTryAgain() {
        Response response = mapper.toResponse(new org.headshots.application.selfie.TooManyUploadsException(
                40, 20, java.time.Duration.ofMillis(2500)));

        assertEquals(429, response.getStatus());
        assertEquals("3", response.getHeaderString("Retry-After"));
        assertEquals("TOO_MANY_UPLOADS", ((ApiError) response.getEntity()).error());
    }

    @Test
    void everyKindOfRefusalHasItsStatus() {
        Map<RefusalKind, Integer> expected = Map.of(
                RefusalKind.INVALID,
                400,
                RefusalKind.FORBIDDEN,
                403,
                RefusalKind.NOT_FOUND,
                404,
                RefusalKind.CONFLICT,
                409,
                RefusalKind.TOO_LARGE,
                413,
                RefusalKind.UNSUPPORTED_TYPE,
                415,
                RefusalKind.UNACCEPTABLE,
                422,
                RefusalKind.UNAVAILABLE,
                503,
                RefusalKind.TOO_MANY,
                429);
        assertEquals(RefusalKind.values().length, expected.size(), "a new kind needs its status here");
        for (RefusalKind kind : RefusalKind.values()) {
            Response response = mapper.toResponse(new TestRefusal(kind));
            assertEquals(expected.get(kind), response.getStatus(), kind.name());
            assertEquals(new ApiError("TEST_REFUSAL", "refused as " + kind), response.getEntity());
        }
        assertTrue(logged.isEmpty(), "refusals are answers, not incidents");
    }

    @Test
    void theApplicationsRefusalsKeepTheirCodesAndStatuses() {
        assertAnswer(mapper.toResponse(new OrderNotFoundException(7)), 404, "NOT_FOUND", "There is no order 7");
        assertAnswer(
                mapper.toResponse(new OrderStateException("The order is closed")),
                409,
                "ORDER_STATE",
                "The order is closed");
        assertAnswer(
                mapper.toResponse(new InvalidValueException("A department is named by 1 to 100 characters")),
                400,
                "INVALID_REQUEST",
                "A department is named by 1 to 100 characters");
        assertAnswer(
                mapper.toResponse(new LogoRefusedException("too big", RefusalKind.TOO_LARGE)),
                413,
                "LOGO_REFUSED",
                "too big");
        assertAnswer(
                mapper.toResponse(new FleetUnavailableException("GPU node a:1: down", "down", null)),
                503,
                "GPU_NODE_UNAVAILABLE",
                "GPU node a:1: down");
        Response consent = mapper.toResponse(new ConsentRequiredException(new Username("bob"), "2026-11-1"));
        assertEquals(403, consent.getStatus());
        ApiError error = (ApiError) consent.getEntity();
        assertEquals("CONSENT_REQUIRED", error.error());
        assertTrue(error.message().contains(ConsentRequiredException.CONSENT_PAGE), error.message());
    }

    @Test
    void aRefusalThrownThroughAnEnterpriseBeanIsUnwrapped() {
        Response response = mapper.toResponse(new EJBException(new OrderNotFoundException(3)));
        assertAnswer(response, 404, "NOT_FOUND", "There is no order 3");
    }

    @Test
    void aDatabaseOutOfReachIsAWaitWithWhenToTryAgainNotAnIncident() {
        java.sql.SQLException refused = new java.sql.SQLException("Connection to localhost:5432 refused", "08001");
        Response response = mapper.toResponse(new EJBException(new jakarta.persistence.PersistenceException(
                "EclipseLink-4002", new java.sql.SQLException("Error in allocating a connection", null, refused))));

        assertAnswer(
                response,
                503,
                "DATABASE_UNAVAILABLE",
                "The server cannot reach its database just now, so nothing was read or changed. Try again in a"
                        + " minute; if it lasts, tell IT.");
        assertEquals("30", response.getHeaderString("Retry-After"));
        assertEquals(
                503,
                mapper.toResponse(new jakarta.resource.spi.ResourceAllocationException("no connection in the pool"))
                        .getStatus());
    }

    @Test
    void aDatabaseThatRefusesOneStatementIsAnIncident() {
        Response response = mapper.toResponse(new jakarta.persistence.PersistenceException(
                new java.sql.SQLException("duplicate key value violates unique constraint", "23505")));
        assertEquals(500, response.getStatus());
        assertEquals("INTERNAL_ERROR", ((ApiError) response.getEntity()).error());
    }

    @Test
    void aJdkExceptionIsALoggedIncidentWhoseIdTheBodyQuotes() {
        IllegalArgumentException bug = new IllegalArgumentException("index -1 out of bounds in secret/Path.java");
        Response response = mapper.toResponse(bug);
        assertEquals(500, response.getStatus());
        ApiError error = (ApiError) response.getEntity();
        assertEquals("INTERNAL_ERROR", error.error());
        assertFalse(error.message().contains("secret"), "nothing of the failure reaches the caller");
        assertFalse(error.message().contains("Exception"), error.message());
        Matcher incident = Pattern.compile("incident ([0-9a-f]{10})").matcher(error.message());
        assertTrue(incident.find(), error.message());
        assertEquals(1, logged.size());
        assertTrue(
                logged.get(0).getMessage().contains(incident.group(1)),
                logged.get(0).getMessage());
        assertEquals(bug, logged.get(0).getThrown(), "the log keeps the stack trace");
    }

    @Test
    void twoIncidentsHaveTwoIds() {
        String first =
                ((ApiError) mapper.toResponse(new IllegalStateException()).getEntity()).message();
        String second =
                ((ApiError) mapper.toResponse(new NullPointerException()).getEntity()).message();
        assertFalse(first.equals(second));
        assertEquals(2, logged.size());
    }

    @Test
    void theContainersOwnAnswersKeepTheirStatus() {
        Response unauthorized = mapper.toResponse(new NotAuthorizedException("Bearer"));
        assertEquals(401, unauthorized.getStatus());
        assertEquals(ApiError.BEARER_CHALLENGE, unauthorized.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
        assertAnswer(
                mapper.toResponse(new EJBAccessException("no role")),
                403,
                "FORBIDDEN",
                "Your role does not allow this call");
        Response notAllowed = mapper.toResponse(new NotAllowedException("GET"));
        assertEquals(405, notAllowed.getStatus());
        assertEquals("METHOD_NOT_ALLOWED", ((ApiError) notAllowed.getEntity()).error());
        assertAnswer(
                mapper.toResponse(new JsonbException("Unexpected char 39 at (line no=1, column no=1)")),
                400,
                "INVALID_JSON",
                "The request body is not the JSON this call expects");
        assertTrue(logged.isEmpty());
    }

    private static void assertAnswer(Response response, int status, String code, String message) {
        assertEquals(status, response.getStatus());
        assertEquals(new ApiError(code, message), response.getEntity());
    }

    private static final class TestRefusal extends Refusal {

        private static final long serialVersionUID = 1L;

        TestRefusal(RefusalKind kind) {
            super(kind, "TEST_REFUSAL", "refused as " + kind);
        }
    }
}
