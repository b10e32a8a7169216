package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.headshots.application.style.StyleSampleNotFoundException;
import org.headshots.application.style.StyleSamples;

/**
 * The sample picture of a style for the order form ({@code /admin/style-sample?style=}; {@code /admin/*} needs
 * the org-admin role). Samples show the installation's sample subject, never a person of an organisation.
 */
@WebServlet("/admin/style-sample")
public class StyleSampleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    StyleSamples samples;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String style = request.getParameter("style");
        if (style == null || style.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "?style= names the style");
            return;
        }
        byte[] jpeg;
        try {
            jpeg = samples.picture(style);
        } catch (StyleSampleNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        JpegReplies.write(response, jpeg, null);
    }
}
