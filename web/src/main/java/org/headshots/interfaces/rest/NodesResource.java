package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.headshots.application.GpuNodeService;
import org.headshots.application.fleet.FleetNode;
import org.headshots.application.fleet.PhotoCheck;
import org.headshots.domain.fleet.NodeAddress;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.interfaces.batch.BatchJobs;
import org.headshots.interfaces.security.CurrentUser;
import org.headshots.interfaces.security.Roles;

@Path("/nodes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.IT_ADMIN)
public class NodesResource {

    @Inject
    GpuNodeService nodes;

    @Inject
    BatchJobs jobs;

    @Inject
    CurrentUser user;

    @GET
    public List<NodeJson> list() {
        return nodes.nodes().stream().map(NodeJson::of).toList();
    }

    /** Adds a node to the fleet at once: {"address": "gpu3:50051"}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NodeAddressJson body) {
        NodeAddress address;
        try {
            address = NodeAddress.parse(body == null || body.address() == null ? "" : body.address());
        } catch (InvalidValueException e) {
            return new ApiError("INVALID_REQUEST", "Send {\"address\": \"host:port\"}: " + e.getMessage())
                    .toResponse(400);
        }
        nodes.addNode(address, user.username().value());
        return Response.created(
                        UriBuilder.fromPath("nodes").path(address.toString()).build())
                .entity(Map.of("address", address.toString()))
                .build();
    }

    /** Removes a node from the fleet; its running requests go to the other nodes. */
    @DELETE
    @Path("/{address}")
    public Response remove(@PathParam("address") String address) {
        NodeAddress node;
        try {
            node = NodeAddress.parse(address);
        } catch (InvalidValueException e) {
            return new ApiError("INVALID_REQUEST", e.getMessage()).toResponse(400);
        }
        nodes.removeNode(node, user.username().value());
        return Response.noContent().build();
    }

    /**
     * Analyses the photo in the body on the fleet: IT's end-to-end check of the nodes. Answers the faces
     * found and how long the node worked on it ({@code workMillis}), so the round trip can be compared
     * with the node's own time.
     */
    @POST
    @Path("/analyze")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    public AnalysisJson analyze(byte[] photo) {
        return AnalysisJson.of(nodes.tryPhoto(photo));
    }

    @POST
    @Path("/self-test")
    public Response selfTest(@Context UriInfo uri) {
        return JobsResource.started(jobs.startNodeSelfTest(user.username().value()), uri);
    }

    public record NodeAddressJson(String address) {}

    public record AnalysisJson(String node, int width, int height, List<FaceJson> faces, double workMillis) {

        static AnalysisJson of(PhotoCheck result) {
            return new AnalysisJson(
                    result.node().toString(),
                    result.width(),
                    result.height(),
                    result.faces().stream().map(FaceJson::of).toList(),
                    result.work().toNanos() / 1e6);
        }
    }

    public record FaceJson(
            float left,
            float top,
            float right,
            float bottom,
            float score,
            float leftEyeOpen,
            float rightEyeOpen,
            float yaw,
            float pitch,
            float roll) {

        static FaceJson of(PhotoCheck.Face face) {
            return new FaceJson(
                    face.left(),
                    face.top(),
                    face.right(),
                    face.bottom(),
                    face.score(),
                    face.leftEyeOpen(),
                    face.rightEyeOpen(),
                    face.yaw(),
                    face.pitch(),
                    face.roll());
        }
    }

    @Schema(
            description = "A GPU node as the fleet sees it; a node that cannot be reached is DOWN with the reason in"
                    + " problem")
    public record NodeJson(
            @Schema(example = "gpu3:50051") String address,
            @Schema(enumeration = {"UP", "DOWN"}) String state,

            @Schema(description = "the device its models run on", example = "CUDA:0")
            String device,

            @Schema(description = "ONNX Runtime's execution provider", example = "CUDAExecutionProvider")
            String executionProvider,

            String onnxRuntimeVersion,
            List<PackJson> packs,
            List<ModelJson> models,

            @Schema(description = "the headshot styles it can make")
            List<String> styles,

            @Schema(description = "jobs it runs at once") int capacity,
            @Schema(description = "jobs running or waiting") int queueLength,
            List<JobJson> jobs,

            @Schema(description = "why it is down; null when up")
            String problem) {

        static NodeJson of(FleetNode node) {
            return new NodeJson(
                    node.address().toString(),
                    node.state().name(),
                    node.device(),
                    node.executionProvider(),
                    node.onnxRuntimeVersion(),
                    node.packs().stream().map(PackJson::of).toList(),
                    node.models().stream().map(ModelJson::of).toList(),
                    node.styles(),
                    node.capacity(),
                    node.queueLength(),
                    node.jobs().stream().map(JobJson::of).toList(),
                    node.problem());
        }
    }

    @Schema(description = "A model pack a node loaded; evaluationOnly packs are not for production use")
    public record PackJson(String name, String version, String title, boolean evaluationOnly, String notice) {

        static PackJson of(FleetNode.Pack pack) {
            return new PackJson(pack.name(), pack.version(), pack.title(), pack.evaluationOnly(), pack.notice());
        }
    }

    @Schema(description = "A model a node loaded: what it does, where it comes from and under which licence")
    public record ModelJson(
            String name,
            @Schema(example = "face-detection") String role,
            String pack,
            String family,
            String sha256,
            String licence,
            String source) {

        static ModelJson of(FleetNode.Model model) {
            return new ModelJson(
                    model.name(),
                    model.role(),
                    model.pack(),
                    model.family(),
                    model.sha256(),
                    model.licence(),
                    model.source());
        }
    }

    @Schema(description = "A job a node runs now; total is 0 when the job does not count its items")
    public record JobJson(String jobKey, String kind, long runningMillis, int done, int total) {

        static JobJson of(FleetNode.Job job) {
            return new JobJson(job.jobKey(), job.kind(), job.running().toMillis(), job.done(), job.total());
        }
    }
}
