package org.headshots.application.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.headshots.application.gallery.HeadshotImages;
import org.headshots.application.settings.SettingsService;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.order.Order;
import org.headshots.domain.profile.ProfilePictureTemplate;

/**
 * Makes a headshot into a profile picture for its order: the order's template (or the standard one), the order's
 * brand colour (or the organisation's) and the organisation's logo. No access check: callers do it.
 */
@ApplicationScoped
public class ProfileStudio {

    @Inject
    HeadshotImages images;

    @Inject
    ProfilePictureRenderer renderer;

    @Inject
    SettingsService settings;

    /** In the order's own template. */
    public RenderedProfilePicture render(Headshot headshot, Order order) {
        return render(headshot, order, templateOf(order));
    }

    /**
     * @throws ProfileTemplateRefusedException for a template that needs a brand colour the order does not have
     */
    public RenderedProfilePicture render(Headshot headshot, Order order, ProfilePictureTemplate template) {
        Optional<String> brand = brandColour(order);
        requireBrandColour(template, brand);
        Optional<BufferedImage> logo = template.hasLogo()
                ? settings.logo(order.organisation()).map(stored -> HeadshotImages.decode(stored.bytes()))
                : Optional.empty();
        return renderer.render(
                images.picture(headshot), images.matte(headshot), template, brand.map(Color::decode), logo);
    }

    /**
     * The order's template, or, until an admin applies one, the standard one; without the brand colour where the
     * organisation has none (any more), so that its members' pictures are still made.
     */
    public ProfilePictureTemplate templateOf(Order order) {
        ProfilePictureTemplate template = order.profileTemplate().orElseGet(ProfilePictureTemplate::standard);
        return template.usesBrandColour() && brandColour(order).isEmpty() ? template.withoutBrandColour() : template;
    }

    /** The order's brand colour, else the organisation's, as {@code #rrggbb}. */
    public Optional<String> brandColour(Order order) {
        return Optional.ofNullable(order.plan().brandColour())
                .or(() -> settings.settings(order.organisation()).brandColour());
    }

    /**
     * @throws ProfileTemplateRefusedException for a template that needs a brand colour the order does not have
     */
    public void requireBrandColour(ProfilePictureTemplate template, Order order) {
        requireBrandColour(template, brandColour(order));
    }

    private static void requireBrandColour(ProfilePictureTemplate template, Optional<String> brand) {
        if (template.usesBrandColour() && brand.isEmpty()) {
            throw new ProfileTemplateRefusedException("This template puts the brand colour behind the person or on"
                    + " the border, but neither the order nor the organisation has one: set a brand colour in the"
                    + " settings, or keep the headshot's backdrop and choose a white or black border");
        }
    }
}
