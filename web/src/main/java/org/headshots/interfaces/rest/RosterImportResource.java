package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.headshots.application.roster.RosterImport;
import org.headshots.application.roster.RosterImported;
import org.headshots.domain.roster.RosterFiles;
import org.headshots.domain.roster.RosterPreview;
import org.headshots.domain.roster.RosterProblem;
import org.headshots.domain.roster.RosterRow;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/**
 * A roster file (.xlsx or .csv, sent as the request's body) imported into an order: {@code preview} lists every
 * row's problems and what applying would do, changing nothing; {@code apply} creates or updates the people and
 * seats them, for a file without problems.
 */
@Path("/orders/{id}/roster")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@RolesAllowed(Roles.ORG_ADMIN)
public class RosterImportResource {

    @Inject
    RosterImport imports;

    @Inject
    CurrentUser user;

    @POST
    @Path("preview")
    public JsonObject preview(@PathParam("id") long id, @HeaderParam("X-File-Name") String fileName, InputStream file)
            throws IOException {
        return json(imports.preview(user.organisation(), id, name(fileName), body(file)));
    }

    @POST
    @Path("apply")
    public RosterImported apply(@PathParam("id") long id, @HeaderParam("X-File-Name") String fileName, InputStream file)
            throws IOException {
        return imports.apply(user.organisation(), id, name(fileName), body(file), user.username());
    }

    static JsonObject json(RosterPreview preview) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (RosterRow row : preview.rows()) {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            preview.problemsOf(row.line()).forEach(problem -> problems.add(problem(problem)));
            rows.add(Json.createObjectBuilder()
                    .add("line", row.line())
                    .add("email", row.email())
                    .add("firstName", row.firstName())
                    .add("lastName", row.lastName())
                    .add("department", row.department())
                    .add("title", row.title())
                    .add("action", preview.actionOf(row.line()).name())
                    .add("problems", problems));
        }
        JsonArrayBuilder problems = Json.createArrayBuilder();
        preview.problems().forEach(problem -> problems.add(problem(problem)));
        return Json.createObjectBuilder()
                .add("clean", preview.clean())
                .add("toCreate", preview.toCreate())
                .add("toUpdate", preview.toUpdate())
                .add("withProblems", preview.withProblems())
                .add("rows", rows)
                .add("problems", problems)
                .build();
    }

    private static JsonObjectBuilder problem(RosterProblem problem) {
        return Json.createObjectBuilder()
                .add("line", problem.line())
                .add("column", problem.column())
                .add("message", problem.message());
    }

    private static String name(String fileName) {
        return fileName == null ? "roster" : fileName;
    }

    /** At most one byte more than a roster may have, so that a huge upload is refused without being held. */
    private static byte[] body(InputStream file) throws IOException {
        return file == null ? new byte[0] : file.readNBytes(RosterFiles.MAX_BYTES + 1);
    }
}
