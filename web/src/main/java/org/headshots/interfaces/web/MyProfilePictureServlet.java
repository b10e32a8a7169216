package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.headshots.application.profile.ProfilePictures;
import org.headshots.domain.profile.Shape;
import org.headshots.interfaces.security.CurrentUser;

/**
 * The signed-in employee's profile picture, made from their favourite in an order in the order's template:
 * {@code order}, optionally {@code shape} and {@code size}, and {@code download=1} to save it as a file.
 */
@WebServlet("/employee/profile-picture")
public class MyProfilePictureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ProfilePictures pictures;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean download = "1".equals(request.getParameter("download"));
        String order = request.getParameter("order");
        PngReplies.serve(
                response,
                () -> {
                    long id;
                    try {
                        id = Long.parseLong(String.valueOf(order));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("?order= is the number of the order", e);
                    }
                    Optional<Shape> shape = Optional.ofNullable(
                            ProfileTemplateText.choice(request.getParameter("shape"), "shape", Shape.class, null));
                    String size = request.getParameter("size");
                    Optional<Integer> side;
                    try {
                        side = size == null || size.isBlank()
                                ? Optional.empty()
                                : Optional.of(Integer.parseInt(size.strip()));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("'size' is a whole number of pixels", e);
                    }
                    return pictures.mine(user.username(), id, shape, side, download)
                            .png();
                },
                download ? "profile-picture-" + order + ".png" : null);
    }
}
