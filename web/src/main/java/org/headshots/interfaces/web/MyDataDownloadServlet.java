package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.headshots.application.erasure.PersonalDataExport;
import org.headshots.application.erasure.PersonalDataZip;
import org.headshots.interfaces.security.CurrentUser;

/** The signed-in employee's data as one ZIP, streamed as it is written. */
@WebServlet("/employee/my-data.zip")
public class MyDataDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonalDataExport export;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PersonalDataZip zip = export.prepare(user.username(), user.organisation());
        response.setContentType(Attachment.ZIP);
        response.setHeader("Content-Disposition", Attachment.disposition(zip.fileName()));
        response.setHeader("Cache-Control", "no-store");
        zip.writeTo(response.getOutputStream());
    }
}
