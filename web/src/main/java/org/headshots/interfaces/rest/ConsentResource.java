package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import org.headshots.application.ConsentAcceptance;
import org.headshots.application.ConsentService;
import org.headshots.application.ConsentStatus;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/** The caller's consent to the use of their photos and face data. */
@Path("/me/consent")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
public class ConsentResource {

    @Inject
    ConsentService consent;

    @Inject
    CurrentUser user;

    @GET
    public ConsentJson status() {
        return ConsentJson.of(consent.statusOf(user.username()));
    }

    /** Accepts the text of {"version"}: 201 when recorded now, 200 when it was accepted already. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response accept(AcceptJson body) {
        if (body == null || body.version() == null || body.version().isBlank()) {
            return new ApiError(
                            "INVALID_REQUEST",
                            "Send {\"version\": \"...\"} with the version of the text you"
                                    + " accept, as GET /api/v1/me/consent shows it")
                    .toResponse(400);
        }
        ConsentAcceptance acceptance = consent.accept(user.username(), user.organisation(), body.version());
        return Response.status(acceptance.recordedNow() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ConsentJson.of(acceptance.status()))
                .build();
    }

    /** Withdraws the consent; the caller's selfies, face embeddings and unchosen headshots are deleted. */
    @DELETE
    public ConsentJson withdraw() {
        return ConsentJson.of(consent.withdraw(user.username(), user.organisation()));
    }

    public record AcceptJson(String version) {}

    @JsonbNillable
    public record ConsentJson(String version, String text, boolean accepted, LocalDateTime acceptedAt) {

        static ConsentJson of(ConsentStatus status) {
            return new ConsentJson(status.version(), status.text(), status.accepted(), status.acceptedAt());
        }
    }
}
