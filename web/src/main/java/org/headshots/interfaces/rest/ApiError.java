package org.headshots.interfaces.rest;

import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Every error of the API has this body: a stable code for programs and a message for people. */
public record ApiError(String error, String message) {

    /** What a caller without a valid token is told to do, with the header that says how to authenticate. */
    public static final String BEARER_CHALLENGE = "Bearer realm=\"headshots\"";

    public static ApiError unauthorized() {
        return new ApiError(
                "UNAUTHORIZED",
                "Sign in: send 'Authorization: Bearer <token>' with a valid access token from Keycloak");
    }

    /** The error for a status the container or JAX-RS sent without saying more. */
    public static ApiError forStatus(int status) {
        return switch (status) {
            case 401 -> unauthorized();
            case 403 -> new ApiError("FORBIDDEN", "Your role does not allow this call");
            case 404 -> new ApiError("NOT_FOUND", "There is no such resource");
            case 405 -> new ApiError("METHOD_NOT_ALLOWED", "This resource does not take that method");
            default ->
                status >= 500
                        ? new ApiError("INTERNAL_ERROR", "Something went wrong on the server; the log has the details")
                        : new ApiError("HTTP_" + status, "The request was refused (" + status + ")");
        };
    }

    /** The error for an answer JAX-RS itself gave, such as 405 or 415. */
    public static ApiError forWebApplication(WebApplicationException answer) {
        int status = answer.getResponse().getStatus();
        if (status == 401 || status == 403) {
            return forStatus(status);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return new ApiError(known == null ? "HTTP_" + status : known.name(), answer.getMessage());
    }

    public Response toResponse(Response.Status status) {
        return toResponse(status.getStatusCode());
    }

    public Response toResponse(int status) {
        Response.ResponseBuilder response =
                Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(this);
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        }
        return response.build();
    }

    public String toJson() {
        return Json.createObjectBuilder()
                .add("error", error)
                .add("message", message)
                .build()
                .toString();
    }
}
