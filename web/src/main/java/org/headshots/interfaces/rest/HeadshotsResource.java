package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.headshots.application.gallery.GalleryService;
import org.headshots.application.gallery.HeadshotView;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/**
 * The caller's headshots, best first ({@code /me/headshots}), and their images ({@code /headshots/{id}/image}).
 * Two root paths, since JAX-RS picks a root resource by its longest literal path before looking at its methods.
 */
@Path("/me/headshots")
@RequestScoped
@RolesAllowed(Roles.EMPLOYEE)
public class HeadshotsResource {

    @Inject
    GalleryService gallery;

    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<HeadshotJson> mine(@jakarta.ws.rs.QueryParam("order") Long order) {
        return gallery.gallery(user.username(), order).stream()
                .map(HeadshotJson::of)
                .toList();
    }

    public record HeadshotJson(
            long id,
            int rank,
            double score,
            double identitySimilarity,
            double quality,
            String style,
            int width,
            int height,
            String aspect,
            boolean upscaled,
            int attempts,
            int run,
            long order,
            String sha256,
            String url,
            LooksJson looks) {

        static HeadshotJson of(HeadshotView view) {
            return new HeadshotJson(
                    view.id(),
                    view.rank(),
                    round(view.score()),
                    round(view.identitySimilarity()),
                    round(view.quality()),
                    view.style(),
                    view.width(),
                    view.height(),
                    view.aspect(),
                    view.upscaled(),
                    view.attempts(),
                    view.run(),
                    view.order(),
                    view.sha256(),
                    "/api/v1/headshots/" + view.id() + "/image",
                    new LooksJson(
                            round(view.looks().stretchedShare()),
                            round(view.looks().haloShare()),
                            round(view.looks().enlargement()),
                            round(view.looks().faceShare())));
        }

        private static double round(double value) {
            return Math.round(value * 1000) / 1000.0;
        }
    }

    /**
     * What the node measured of a headshot: the share stretched, the share of the person's edge with a halo, how
     * much the photo was enlarged (1 not at all) and the face's share of the frame's height; all 0 when not measured.
     */
    public record LooksJson(double stretchedShare, double haloShare, double enlargement, double faceShare) {}
}
