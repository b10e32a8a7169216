package org.headshots.interfaces.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** How the profile-picture servlets answer: the PNG, or a status with a sentence the page shows as it is. */
final class PngReplies {

    private PngReplies() {
    }

    /** Writes the PNG, not kept by the browser: the template behind it changes. */
    static void write(HttpServletResponse response, byte[] png, String downloadName) throws IOException {
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "private, no-store");
        if (downloadName != null) {
            response.setHeader("Content-Disposition", Attachment.disposition(downloadName));
        }
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }

    /** A refusal as plain text, for the page's script to show beside the preview. */
    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
    }
}
