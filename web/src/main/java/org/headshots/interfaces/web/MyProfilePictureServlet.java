package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.headshots.application.gallery.DownloadNotYetException;
import org.headshots.application.profile.NoFavouriteYetException;
import org.headshots.application.profile.ProfilePictures;
import org.headshots.application.profile.ProfileTemplateRefusedException;
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
        try {
            long order;
            try {
                order = Long.parseLong(String.valueOf(request.getParameter("order")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("?order= is the number of the order");
            }
            Optional<Shape> shape = Optional.ofNullable(ProfileTemplateText.choice(request.getParameter("shape"),
                    "shape", Shape.class, null));
            String size = request.getParameter("size");
            Optional<Integer> side;
            try {
                side = size == null || size.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(size.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'size' is a whole number of pixels");
            }
            byte[] png = pictures.mine(user.username(), order, shape, side, download).png();
            PngReplies.write(response, png, download ? "profile-picture-" + order + ".png" : null);
        } catch (NoFavouriteYetException e) {
            PngReplies.refuse(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (DownloadNotYetException e) {
            PngReplies.refuse(response, HttpServletResponse.SC_FORBIDDEN, e.getMessage());
        } catch (ProfileTemplateRefusedException e) {
            PngReplies.refuse(response, HttpServletResponse.SC_CONFLICT, e.getMessage());
        } catch (IllegalArgumentException e) {
            PngReplies.refuse(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }
}
