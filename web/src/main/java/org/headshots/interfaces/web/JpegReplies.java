package org.headshots.interfaces.web;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.headshots.application.gallery.HeadshotNotFoundException;
import org.headshots.application.selfie.SelfieNotFoundException;

/**
 * How the image servlets answer: the id from {@code ?id=}, the JPEG the application gives for it, 400 for a bad
 * id, 404 for one the caller may not see (the same as one that does not exist).
 */
final class JpegReplies {

    /** Loads the JPEG of an id, throwing a not-found exception for one the caller may not see. */
    @FunctionalInterface
    interface Loader {
        byte[] load(long id);
    }

    private JpegReplies() {}

    /**
     * @param downloadName when not null, the browser saves the image under this name
     */
    static void serve(HttpServletRequest request, HttpServletResponse response, Loader loader, String downloadName)
            throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "?id= is the number of the image");
            return;
        }
        byte[] jpeg;
        try {
            jpeg = loader.load(id);
        } catch (HeadshotNotFoundException | SelfieNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof HeadshotNotFoundException || e.getCause() instanceof SelfieNotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        write(response, jpeg, downloadName);
    }

    /** Writes the JPEG, kept by the browser for a few minutes; saved under {@code downloadName} when not null. */
    static void write(HttpServletResponse response, byte[] jpeg, String downloadName) throws IOException {
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "private, max-age=300");
        if (downloadName != null) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + downloadName + "\"");
        }
        response.setContentLength(jpeg.length);
        response.getOutputStream().write(jpeg);
    }
}
