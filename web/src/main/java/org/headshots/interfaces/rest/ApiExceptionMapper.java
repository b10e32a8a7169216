package org.headshots.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.headshots.application.ConsentRequiredException;
import org.headshots.application.MemberNotFoundException;
import org.headshots.application.OrderNotFoundException;
import org.headshots.application.UnknownStyleException;
import org.headshots.application.gallery.HeadshotNotFoundException;
import org.headshots.application.selfie.SelfieNotFoundException;
import org.headshots.domain.consent.ConsentVersionNotCurrentException;
import org.headshots.domain.order.InvalidOrderException;
import org.headshots.domain.order.OrderStateException;
import org.headshots.application.run.RemakeNotAllowedException;
import org.headshots.application.run.RunNotFoundException;
import org.headshots.domain.people.DirectoryUnavailableException;
import org.headshots.domain.people.NotInAnOrganisationException;
import org.headshots.domain.people.UnknownOrganisationException;
import org.headshots.domain.people.UnknownDepartmentException;
import org.headshots.gpu.api.GpuNodeException;
import org.headshots.gpu.api.RequestRejectedException;

/** Turns what went wrong into {"error", "message"} with the right status. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    /** Where a person reads and accepts the consent text. */
    static final String CONSENT_PAGE = "/employee/consent.xhtml";

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof NotAuthorizedException) {
            return ApiError.unauthorized().toResponse(401);
        }
        if (e instanceof ForbiddenException || e instanceof EJBAccessException) {
            return ApiError.forStatus(403).toResponse(403);
        }
        if (e instanceof ConsentRequiredException) {
            return new ApiError("CONSENT_REQUIRED", "You have not accepted the consent for your photos and face"
                    + " data yet. Read it and accept it on " + CONSENT_PAGE + " (or GET, then POST"
                    + " /api/v1/me/consent), then try again.").toResponse(403);
        }
        if (e instanceof ConsentVersionNotCurrentException) {
            return new ApiError("CONSENT_VERSION_NOT_CURRENT", e.getMessage()).toResponse(400);
        }
        if (e instanceof NotInAnOrganisationException) {
            return new ApiError("NO_ORGANISATION", e.getMessage()).toResponse(403);
        }
        if (e instanceof UnknownStyleException) {
            return new ApiError("UNKNOWN_STYLE", e.getMessage()).toResponse(422);
        }
        if (e instanceof UnknownOrganisationException) {
            return new ApiError("UNKNOWN_ORGANISATION", e.getMessage()).toResponse(503);
        }
        if (e instanceof InvalidOrderException || e instanceof InvalidRequestException
                || e instanceof IllegalArgumentException) {
            return new ApiError("INVALID_REQUEST", e.getMessage()).toResponse(400);
        }
        if (e instanceof UnknownDepartmentException) {
            return new ApiError("UNKNOWN_DEPARTMENT", e.getMessage()).toResponse(422);
        }
        if (e instanceof org.headshots.domain.people.UnknownPersonException) {
            return new ApiError("UNKNOWN_PERSON", e.getMessage()).toResponse(422);
        }
        if (e instanceof org.headshots.domain.people.PersonElsewhereException) {
            return new ApiError("PERSON_ELSEWHERE", e.getMessage()).toResponse(409);
        }
        if (e instanceof DirectoryUnavailableException) {
            return new ApiError("DIRECTORY_UNAVAILABLE", e.getMessage()).toResponse(503);
        }
        if (e instanceof org.headshots.application.profile.NoFavouriteYetException) {
            return new ApiError("NO_FAVOURITE_YET", e.getMessage()).toResponse(404);
        }
        if (e instanceof org.headshots.application.profile.ProfileTemplateRefusedException) {
            return new ApiError("PROFILE_TEMPLATE_REFUSED", e.getMessage()).toResponse(422);
        }
        if (e instanceof org.headshots.application.gallery.DownloadNotYetException) {
            return new ApiError("DOWNLOAD_NOT_YET", e.getMessage()).toResponse(409);
        }
        if (e instanceof org.headshots.application.settings.LogoRefusedException logo) {
            return new ApiError("LOGO_REFUSED", e.getMessage()).toResponse(logo.status());
        }
        if (e instanceof org.headshots.domain.roster.RosterFileRefusedException) {
            return new ApiError("ROSTER_FILE_REFUSED", e.getMessage()).toResponse(422);
        }
        if (e instanceof org.headshots.application.roster.RosterHasProblemsException) {
            return new ApiError("ROSTER_HAS_PROBLEMS", e.getMessage()).toResponse(422);
        }
        if (e instanceof org.headshots.application.gallery.FavouriteLockedException) {
            return new ApiError("ORDER_CLOSED", e.getMessage()).toResponse(409);
        }
        if (e instanceof OrderStateException) {
            return new ApiError("ORDER_STATE", e.getMessage()).toResponse(409);
        }
        if (e instanceof RemakeNotAllowedException) {
            return new ApiError("REMAKE_NOT_ALLOWED", e.getMessage()).toResponse(409);
        }
        if (e instanceof SelfieNotFoundException || e instanceof HeadshotNotFoundException
                || e instanceof RunNotFoundException || e instanceof OrderNotFoundException
                || e instanceof MemberNotFoundException
                || e instanceof org.headshots.application.style.StyleSampleNotFoundException
                || e instanceof org.headshots.application.join.JoinLinkNotFoundException) {
            return new ApiError("NOT_FOUND", e.getMessage()).toResponse(404);
        }
        if (e instanceof RequestRejectedException) {
            return new ApiError("REQUEST_REJECTED", e.getMessage()).toResponse(422);
        }
        if (e instanceof GpuNodeException) {
            return new ApiError("GPU_NODE_UNAVAILABLE", e.getMessage()).toResponse(503);
        }
        if (e instanceof JsonbException || e instanceof JsonException || e instanceof ProcessingException) {
            return new ApiError("INVALID_JSON", "The request body is not the JSON this call expects").toResponse(400);
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return new ApiError(Response.Status.fromStatusCode(status) == null ? "HTTP_" + status
                    : Response.Status.fromStatusCode(status).name(), web.getMessage()).toResponse(status);
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", e);
        return ApiError.forStatus(500).toResponse(500);
    }
}
