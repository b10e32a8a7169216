package org.headshots.application.profile;

import java.util.Objects;
import java.util.Optional;
import org.headshots.domain.profile.ProfilePictureTemplate;

/**
 * An order's profile-picture template as the cockpit shows it: the one applied, or the one it starts from, and
 * what the organisation has for it.
 *
 * @param applied     whether an admin applied it to the order (otherwise it is the starting point)
 * @param brandColour the order's brand colour, else the organisation's, as {@code #rrggbb}
 * @param logo        whether the organisation has a logo to put in a corner
 */
public record ProfileTemplateView(
        ProfilePictureTemplate template, boolean applied, Optional<String> brandColour, boolean logo) {

    public ProfileTemplateView {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(brandColour, "brandColour");
    }
}
