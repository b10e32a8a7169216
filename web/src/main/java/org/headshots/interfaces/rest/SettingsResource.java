package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.headshots.application.settings.SettingsService;
import org.headshots.application.settings.SettingsView;
import org.headshots.domain.settings.OrganisationSettings;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/** The settings of the org admin's organisation, within the bounds IT sets. */
@Path("/settings")
@RequestScoped
@RolesAllowed(Roles.ORG_ADMIN)
public class SettingsResource {

    private static final Set<String> FIELDS = Set.of(
            "retentionDays",
            "minimumSelfies",
            "defaultHeadshots",
            "defaultRemakes",
            "brandColour",
            "downloadBeforeClose");

    @Inject
    SettingsService settings;

    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SettingsView get() {
        return settings.of(user.organisation());
    }

    /** Any of the fields; those left out stay as they are ({@code "brandColour": ""} takes the colour away). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SettingsView change(JsonValue body) {
        JsonBody json = JsonBody.of(body, FIELDS, "{\"retentionDays\": 14, \"brandColour\": \"#1a4b8c\"}");
        return settings.change(
                user.organisation(),
                new OrganisationSettings.Change(
                        json.integer("retentionDays", 1, 3650), json.integer("minimumSelfies", 1, 100),
                        json.integer("defaultHeadshots", 1, 200), json.integer("defaultRemakes", 0, 5),
                        json.text("brandColour", 7),
                                json.present("downloadBeforeClose") ? json.flag("downloadBeforeClose", true) : null),
                user.username());
    }

    /** The logo as the request body: PNG or JPEG, at most 1 MB and 2048 px a side. */
    @PUT
    @Path("/logo")
    @Consumes({"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public SettingsView logo(byte[] image) {
        return settings.logo(user.organisation(), image, user.username());
    }

    @GET
    @Path("/logo")
    @Produces({"image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    public Response logo() {
        return settings.logo(user.organisation())
                .map(logo -> Response.ok(logo.bytes(), logo.type())
                        .header("Cache-Control", "private, max-age=60")
                        .build())
                .orElseGet(() -> new ApiError(
                                "NOT_FOUND", "Your organisation has no logo yet: PUT one to" + " /api/v1/settings/logo")
                        .toResponse(404));
    }
}
