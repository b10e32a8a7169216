package org.headshots.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.headshots.application.AuditLog;
import org.headshots.domain.audit.AuditQuery;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.interfaces.security.CurrentUser;

/** The audit log page's export: the organisation's events that its filters show, as CSV ({@code /admin/*}). */
@WebServlet("/admin/audit.csv")
public class AuditCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditQuery query;
        try {
            query = new AuditQuery(
                    request.getParameter("person"),
                    request.getParameter("action"),
                    day(request.getParameter("from")),
                    day(request.getParameter("to")),
                    0,
                    AuditQuery.MAX_PAGE);
        } catch (IllegalArgumentException | InvalidValueException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + LocalDate.now() + ".csv\"");
        AuditCsv.write(log, user.organisation(), query, response.getOutputStream());
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
