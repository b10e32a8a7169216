package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.headshots.application.AuditLog;
import org.headshots.domain.audit.AuditQuery;
import org.headshots.domain.people.Organisation;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;
import org.headshots.interfaces.web.AuditCsv;

/** The org admin's audit log: who did what, when, to whom, in their organisation; filtered, paged, as CSV. */
@Path("/audit")
@RequestScoped
@RolesAllowed(Roles.ORG_ADMIN)
public class AuditResource {

    @Inject
    AuditLog log;

    @Inject
    CurrentUser user;

    /** {@code ?person=erin&action=SELFIE_DELETED&from=2027-01-01&to=2027-01-31&first=0&max=100} */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AuditLog.Page page(
            @QueryParam("person") String person,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("first") String first,
            @QueryParam("max") String max) {
        return log.page(user.organisation(), query(person, action, from, to, first, max));
    }

    /** Every event the filters find, as CSV, written as it is read. */
    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    public Response csv(
            @QueryParam("person") String person,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        AuditQuery query = query(person, action, from, to, null, null);
        Organisation organisation = user.organisation();
        StreamingOutput body = out -> AuditCsv.write(log, organisation, query, out);
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-" + LocalDate.now() + ".csv\"")
                .build();
    }

    private static AuditQuery query(String person, String action, String from, String to, String first, String max) {
        try {
            return new AuditQuery(person, action, day(from), day(to), number(first, 0), number(max, 100));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("Days are written like 2027-01-31, not '" + e.getParsedString() + "'");
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("'first' and 'max' are whole numbers");
        }
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    private static int number(String text, int otherwise) {
        return text == null || text.isBlank() ? otherwise : Integer.parseInt(text.strip());
    }
}
