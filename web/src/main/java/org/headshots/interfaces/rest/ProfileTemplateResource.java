package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.headshots.application.profile.ProfilePictures;
import org.headshots.application.profile.ProfileTemplateView;
import org.headshots.domain.people.Username;
import org.headshots.domain.profile.ProfilePictureTemplate;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;
import org.headshots.interfaces.web.ProfileTemplateText;

/**
 * An order's profile-picture template: read it, apply one to the whole order, and preview one on a member's
 * favourite as PNG (the first favourite of the order without {@code member}).
 */
@Path("/orders/{id}/profile-template")
@RequestScoped
@RolesAllowed(Roles.ORG_ADMIN)
public class ProfileTemplateResource {

    private static final Set<String> FIELDS =
            Set.of("shape", "size", "greyscale", "background", "border", "borderColour", "logo");
    private static final String EXAMPLE = "{\"shape\": \"circle\", \"size\": 600, \"greyscale\": false, "
            + "\"background\": \"brand\", \"border\": 8, \"borderColour\": \"white\", \"logo\": \"bottom-right\"}";

    @Inject
    ProfilePictures pictures;

    @Inject
    CurrentUser user;

    /** The template and what the organisation has for it. */
    public record TemplateJson(
            String shape,
            int size,
            boolean greyscale,
            String background,
            int border,
            String borderColour,
            String logo,
            boolean applied,
            String brandColour,
            boolean hasLogo) {

        static TemplateJson of(ProfileTemplateView view) {
            ProfilePictureTemplate t = view.template();
            return new TemplateJson(
                    ProfileTemplateText.name(t.shape()),
                    t.size(),
                    t.greyscale(),
                    ProfileTemplateText.name(t.background()),
                    t.borderWidth(),
                    ProfileTemplateText.name(t.borderColour()),
                    ProfileTemplateText.name(t.logoCorner()),
                    view.applied(),
                    view.brandColour().orElse(null),
                    view.logo());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public TemplateJson template(@PathParam("id") long id) {
        return TemplateJson.of(pictures.template(user.organisation(), id));
    }

    /** Fields left out keep the order's current template's. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public TemplateJson apply(@PathParam("id") long id, JsonValue body) {
        ProfilePictureTemplate current =
                pictures.template(user.organisation(), id).template();
        JsonBody json = JsonBody.of(body, FIELDS, EXAMPLE);
        Map<String, String> fields = new HashMap<>();
        for (String text : new String[] {"shape", "background", "borderColour", "logo"}) {
            fields.put(text, json.text(text, 20));
        }
        Optional.ofNullable(json.integer("size", ProfilePictureTemplate.MIN_SIZE, ProfilePictureTemplate.MAX_SIZE))
                .ifPresent(size -> fields.put("size", size.toString()));
        Optional.ofNullable(json.integer("border", 0, ProfilePictureTemplate.MAX_BORDER_WIDTH))
                .ifPresent(border -> fields.put("border", border.toString()));
        if (json.present("greyscale")) {
            fields.put("greyscale", String.valueOf(json.flag("greyscale", false)));
        }
        ProfilePictureTemplate template = read(fields::get, current);
        return TemplateJson.of(pictures.apply(user.organisation(), id, template, user.username()));
    }

    /** The template given as query parameters, over the order's, on a favourite. */
    @GET
    @Path("/preview.png")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    public Response preview(@PathParam("id") long id, @QueryParam("member") String member, @Context UriInfo uri) {
        ProfilePictureTemplate template = read(
                uri.getQueryParameters()::getFirst,
                pictures.template(user.organisation(), id).template());
        Optional<Username> who =
                Optional.ofNullable(member).filter(m -> !m.isBlank()).map(Username::new);
        byte[] png = pictures.preview(user.organisation(), id, template, who, user.username())
                .png();
        return Response.ok(png, "image/png")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private static ProfilePictureTemplate read(
            java.util.function.Function<String, String> fields, ProfilePictureTemplate current) {
        try {
            return ProfileTemplateText.read(fields, current);
        } catch (IllegalArgumentException | InvalidValueException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }
}
