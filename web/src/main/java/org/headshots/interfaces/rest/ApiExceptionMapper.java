package org.headshots.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.headshots.application.selfie.TooManyUploadsException;
import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/**
 * Turns what went wrong into {"error", "message"} with the right status: a refusal by its kind, the container's
 * own answers as they are, a database out of reach into 503, and anything else into a logged incident.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof TooManyUploadsException tooMany) {
            return Response.fromResponse(
                            new ApiError(tooMany.code(), tooMany.getMessage()).toResponse(status(tooMany.kind())))
                    .header(HttpHeaders.RETRY_AFTER, tooMany.retryAfterSeconds())
                    .build();
        }
        if (e instanceof Refusal refusal) {
            return new ApiError(refusal.code(), refusal.getMessage()).toResponse(status(refusal.kind()));
        }
        if (e instanceof EJBAccessException) {
            return ApiError.forStatus(403).toResponse(403);
        }
        if (e instanceof JsonbException || e instanceof JsonException || e instanceof ProcessingException) {
            return new ApiError("INVALID_JSON", "The request body is not the JSON this call expects").toResponse(400);
        }
        if (e instanceof WebApplicationException web) {
            return ApiError.forWebApplication(web).toResponse(web.getResponse().getStatus());
        }
        if (DatabaseUnreachable.caused(e)) {
            return Response.fromResponse(DatabaseUnreachable.answer("the API").toResponse(503))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnreachable.RETRY_AFTER_SECONDS)
                    .build();
        }
        return Incident.record("the API", e).toResponse(500);
    }

    static int status(RefusalKind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case UNACCEPTABLE -> 422;
            case UNAVAILABLE -> 503;
            case TOO_MANY -> 429;
        };
    }
}
