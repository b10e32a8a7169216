package org.headshots.interfaces.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.headshots.application.OrderNotFoundException;
import org.headshots.application.gallery.DownloadNotYetException;
import org.headshots.application.profile.NoFavouriteYetException;
import org.headshots.application.profile.ProfileTemplateRefusedException;
import org.headshots.domain.refusal.InvalidValueException;

/** How the profile-picture servlets answer: the PNG, or a status with a sentence the page shows as it is. */
final class PngReplies {

    /** Reads the request and makes the picture, throwing the application's refusals. */
    @FunctionalInterface
    interface Picture {
        byte[] make();
    }

    private PngReplies() {}

    /**
     * The picture, or its refusal: 400 for a parameter that is not one, 404 for an order that is not the caller's
     * or no favourite yet, 403 for a download the organisation does not allow yet, 409 for a template the
     * organisation cannot use.
     */
    static void serve(HttpServletResponse response, Picture picture, String downloadName) throws IOException {
        byte[] png;
        try {
            png = picture.make();
        } catch (OrderNotFoundException e) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "There is no such order in your organisation");
            return;
        } catch (NoFavouriteYetException e) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        } catch (DownloadNotYetException e) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            return;
        } catch (ProfileTemplateRefusedException e) {
            refuse(response, HttpServletResponse.SC_CONFLICT, e.getMessage());
            return;
        } catch (IllegalArgumentException | InvalidValueException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        write(response, png, downloadName);
    }

    /** Writes the PNG, not kept by the browser: the template behind it changes. */
    private static void write(HttpServletResponse response, byte[] png, String downloadName) throws IOException {
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "private, no-store");
        if (downloadName != null) {
            response.setHeader("Content-Disposition", Attachment.disposition(downloadName));
        }
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }

    /** A refusal as plain text, for the page's script to show beside the preview. */
    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
    }
}
