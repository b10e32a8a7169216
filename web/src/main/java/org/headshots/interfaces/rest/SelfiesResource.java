package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import org.headshots.application.selfie.PhotoTooLargeException;
import org.headshots.application.selfie.SelfieIntake;
import org.headshots.application.selfie.SelfieProgress;
import org.headshots.application.selfie.SelfieService;
import org.headshots.application.selfie.SelfieSettings;
import org.headshots.application.selfie.SelfieView;
import org.headshots.application.selfie.UnreadablePhotoException;
import org.headshots.domain.selfie.Reason;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

/** The caller's selfies: upload with an instant verdict, list, delete, thumbnail. */
@Path("/me/selfies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
public class SelfiesResource {

    @Inject
    SelfieService selfies;

    @Inject
    SelfieSettings settings;

    @Inject
    SelfieIntake intake;

    @Inject
    CurrentUser user;

    /** multipart/form-data with one photo in the field {@code file}. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(List<EntityPart> parts) {
        List<EntityPart> files = parts == null
                ? List.of()
                : parts.stream().filter(part -> "file".equals(part.getName())).toList();
        if (files.isEmpty()) {
            return new ApiError("INVALID_REQUEST", "Send the photo as multipart/form-data in the field 'file'")
                    .toResponse(400);
        }
        if (files.size() > 1) {
            return new ApiError(
                            "INVALID_REQUEST",
                            "Send one photo per request: this one has " + files.size() + " in the field 'file'."
                                    + " Nothing was stored; each photo is checked on its own")
                    .toResponse(400);
        }
        EntityPart file = files.get(0);
        byte[] bytes;
        long size;
        try (InputStream in = file.getContent()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
            // past the limit the rest is counted, not kept, so that the refusal says how large the file is
            size = bytes.length > settings.maxBytes()
                    ? bytes.length + in.transferTo(OutputStream.nullOutputStream())
                    : bytes.length;
        } catch (IOException e) {
            return new ApiError("INVALID_REQUEST", "The upload broke off: send the photo again").toResponse(400);
        }
        if (size > settings.maxBytes()) {
            throw new PhotoTooLargeException(size, settings.maxBytes());
        }
        try {
            SelfieView selfie = intake.upload(user.username(), user.organisation(), bytes);
            return Response.created(URI.create("me/selfies/" + selfie.id()))
                    .entity(json(selfie).toString())
                    .build();
        } catch (UnreadablePhotoException e) {
            return new ApiError(e.unsupportedType() ? "UNSUPPORTED_PHOTO" : "UNREADABLE_PHOTO", e.getMessage())
                    .toResponse(e.unsupportedType() ? 415 : 422);
        }
    }

    /** The caller's selfies, newest first, and how far they are. */
    @GET
    public String list() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        selfies.list(user.username()).forEach(selfie -> items.add(json(selfie)));
        SelfieProgress progress = selfies.progress(user.username());
        return Json.createObjectBuilder()
                .add("accepted", progress.accepted())
                .add("minimum", progress.minimum())
                .add("recommended", progress.recommended())
                .add("ready", progress.ready())
                .add("selfies", items)
                .build()
                .toString();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        selfies.delete(user.username(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/thumbnail")
    @Produces("image/jpeg")
    public byte[] thumbnail(@PathParam("id") long id) {
        return selfies.thumbnail(user.username(), id);
    }

    static JsonObject json(SelfieView selfie) {
        JsonArrayBuilder reasons = Json.createArrayBuilder();
        for (Reason reason : selfie.reasons()) {
            reasons.add(
                    Json.createObjectBuilder().add("code", reason.code().name()).add("message", reason.message()));
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", selfie.id())
                .add("uploadedAt", selfie.uploadedAt().toString())
                .add("verdict", selfie.verdict().name())
                .add("reasons", reasons)
                .add(
                        "metrics",
                        Json.createReader(new StringReader(selfie.metrics())).readObject());
        return json.build();
    }
}
