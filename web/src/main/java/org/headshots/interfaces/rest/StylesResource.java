package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.headshots.application.style.StyleSamples;
import org.headshots.interfaces.security.Roles;

/**
 * The styles an order may choose now, each with its sample picture: the installation's catalogue, the same
 * for every organisation (the samples show the installation's sample subject, nobody of an organisation).
 */
@Path("/styles")
@RequestScoped
@RolesAllowed(Roles.ORG_ADMIN)
public class StylesResource {

    @Inject
    StyleSamples samples;

    /** A style and where its sample is ({@code sample} null while a node is still making it). */
    public record StyleJson(String style, String sample) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<StyleJson> list() {
        return samples.pool().stream()
                .map(option -> new StyleJson(
                        option.style(), option.hasSample() ? "/api/v1/styles/" + option.style() + "/sample" : null))
                .toList();
    }

    @GET
    @Path("/{style}/sample")
    @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
    public Response sample(@PathParam("style") String style) {
        return Response.ok(samples.picture(style), "image/jpeg")
                .header("Cache-Control", "private, max-age=300")
                .build();
    }
}
