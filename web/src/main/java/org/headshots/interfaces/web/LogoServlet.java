package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.headshots.application.settings.SettingsService;
import org.headshots.interfaces.security.CurrentUser;

/** The admin's organisation's logo, for the settings page ({@code /admin/*} needs the role). */
@WebServlet("/admin/logo")
public class LogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SettingsService settings;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var logo = settings.logo(user.organisation());
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(logo.get().type());
        response.setHeader("Cache-Control", "private, no-cache");
        response.setContentLength(logo.get().bytes().length);
        response.getOutputStream().write(logo.get().bytes());
    }
}
