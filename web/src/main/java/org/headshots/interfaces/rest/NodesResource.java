package org.headshots.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.headshots.application.GpuNodeService;
import org.headshots.gpu.api.NodeInfo;
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

    @POST
    @Path("/self-test")
    public Response selfTest(@Context UriInfo uri) {
        long jobId = jobs.startNodeSelfTest(user.username().value());
        return Response.accepted(Map.of("jobId", jobId))
                .location(uri.getBaseUriBuilder().path(JobsResource.class).path(Long.toString(jobId)).build())
                .build();
    }

    public record NodeJson(String address, String state, String device, String executionProvider,
                           String onnxRuntimeVersion, List<String> models, int queueLength, String problem) {

        static NodeJson of(NodeInfo node) {
            return new NodeJson(node.address().toString(), node.state().name(), node.device(),
                    node.executionProvider(), node.onnxRuntimeVersion(), node.models(), node.queueLength(),
                    node.problem());
        }
    }
}
