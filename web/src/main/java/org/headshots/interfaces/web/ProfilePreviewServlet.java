package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.headshots.application.profile.ProfilePictures;
import org.headshots.domain.people.Username;
import org.headshots.domain.profile.ProfilePictureTemplate;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.interfaces.security.CurrentUser;

/**
 * The cockpit's live preview of a profile-picture template ({@code /admin/*} needs the role): {@code order}, the
 * template's parameters ({@link ProfileTemplateText}) over the order's own, and optionally {@code member}; the
 * first favourite of the order when none. Refusals are a sentence in plain text.
 */
@WebServlet("/admin/profile-picture")
public class ProfilePreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ProfilePictures pictures;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PngReplies.serve(
                response,
                () -> {
                    long order;
                    Optional<Username> member;
                    try {
                        order = Long.parseLong(String.valueOf(request.getParameter("order")));
                        member = Optional.ofNullable(request.getParameter("member"))
                                .filter(m -> !m.isBlank())
                                .map(Username::new);
                    } catch (IllegalArgumentException | InvalidValueException e) {
                        throw new IllegalArgumentException(
                                "?order= is the number of the order, ?member= a user name", e);
                    }
                    ProfilePictureTemplate template = ProfileTemplateText.read(
                            request::getParameter,
                            pictures.template(user.organisation(), order).template());
                    return pictures.preview(user.organisation(), order, template, member, user.username())
                            .png();
                },
                null);
    }
}
