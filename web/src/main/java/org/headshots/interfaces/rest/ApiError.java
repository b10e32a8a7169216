package org.headshots.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Every error of the API has this body: a stable code for programs and a message for people. */
public record ApiError(String error, String message) {

    public Response toResponse(Response.Status status) {
        return toResponse(status.getStatusCode());
    }

    public Response toResponse(int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(this).build();
    }
}
