package org.headshots.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.headshots.gpu.wire.SharedSecret;
import org.headshots.gpu.wire.SigningInterceptor;
import org.headshots.gpu.wire.WireContract;
import org.headshots.gpu.wire.v1.GpuNodeGrpc;
import org.headshots.gpu.wire.v1.InfoRequest;
import org.headshots.gpu.wire.v1.NodeInfoReply;
import org.headshots.gpu.wire.v1.SelfTestReply;
import org.headshots.gpu.wire.v1.SelfTestRequest;
import org.headshots.node.domain.SelfTestNetwork;
import org.headshots.node.infrastructure.ModelFiles;
import org.headshots.node.interfaces.NodeOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real node on a free port, called over real gRPC. */
class GpuNodeServerTest {

    @TempDir
    Path models;

    private GpuNodeServer node;
    private ManagedChannel channel;

    @AfterEach
    void stop() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (node != null) {
            node.close();
        }
    }

    static final String SECRET_TEXT = "test-secret-0123456789";
    static final SharedSecret SECRET = SharedSecret.of(SECRET_TEXT);

    /** The node's options on this machine's loopback, any free port, the test's models and secret. */
    static NodeOptions options(Path models, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--host", "127.0.0.1", "--port", "0", "--models", models.toString(), "--shutdown-grace-seconds", "2"));
        args.addAll(List.of(more));
        return NodeOptions.parse(
                name -> NodeOptions.SECRET_ENVIRONMENT_VARIABLE.equals(name) ? SECRET_TEXT : null,
                args.toArray(String[]::new));
    }

    private NodeOptions options(String... more) {
        return options(models, more);
    }

    private GpuNodeGrpc.GpuNodeBlockingStub connect(GpuNodeServer server) {
        return connect(server, SECRET);
    }

    private GpuNodeGrpc.GpuNodeBlockingStub connect(GpuNodeServer server, SharedSecret secret) {
        channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port())
                .usePlaintext()
                .build();
        GpuNodeGrpc.GpuNodeBlockingStub stub = GpuNodeGrpc.newBlockingStub(channel);
        if (secret != null) {
            stub = stub.withInterceptors(new SigningInterceptor(secret));
        }
        return stub.withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    @Test
    void refusesCallsWithoutCredentials() throws Exception {
        node = GpuNodeServer.start(options());
        StatusRuntimeException e = assertThrows(
                StatusRuntimeException.class, () -> connect(node, null).getInfo(InfoRequest.getDefaultInstance()));
        assertEquals(Status.Code.UNAUTHENTICATED, e.getStatus().getCode());
        assertTrue(
                e.getStatus().getDescription().contains("no credentials"),
                e.getStatus().getDescription());
    }

    @Test
    void refusesCallsWithTheWrongSecret() throws Exception {
        node = GpuNodeServer.start(options());
        StatusRuntimeException e = assertThrows(
                StatusRuntimeException.class,
                () -> connect(node, SharedSecret.of("another-secret-987654321"))
                        .getInfo(InfoRequest.getDefaultInstance()));
        assertEquals(Status.Code.UNAUTHENTICATED, e.getStatus().getCode());
        assertTrue(
                e.getStatus().getDescription().contains("wrong credentials"),
                e.getStatus().getDescription());
    }

    @Test
    void answersGetInfo() throws Exception {
        node = GpuNodeServer.start(options("--max-concurrent-jobs", "3"));
        NodeInfoReply info = connect(node).getInfo(InfoRequest.getDefaultInstance());

        assertEquals(node.device().name(), info.getDevice());
        assertEquals(node.device().provider().wireName(), info.getExecutionProvider());
        assertTrue(info.getOnnxRuntimeVersion().startsWith("1."), info.getOnnxRuntimeVersion());
        assertEquals(1, info.getModelsCount());
        assertEquals("selftest", info.getModels(0).getName());
        assertEquals(
                ModelFiles.sha256(models.resolve("selftest/selftest.onnx")),
                info.getModels(0).getSha256());
        assertEquals(3, info.getCapacity());
        assertEquals(0, info.getQueueLength());
        assertEquals(WireContract.VERSION, info.getContractVersion());
        assertTrue(!info.getNodeVersion().isEmpty());
        assertTrue(
                node.readyLine().startsWith("GPU node listening on 127.0.0.1:" + node.port() + " (provider "),
                node.readyLine());
    }

    @Test
    void passesItsSelfTest() throws Exception {
        node = GpuNodeServer.start(options());
        SelfTestReply reply = connect(node)
                .selfTest(SelfTestRequest.newBuilder().setJobKey("selftest-1").build());

        assertEquals("selftest-1", reply.getJobKey());
        assertEquals("selftest", reply.getModel());
        assertEquals(node.device().name(), reply.getDevice());
        assertEquals(node.device().provider().wireName(), reply.getExecutionProvider());
        assertTrue(reply.getInferenceNanos() > 0);
        assertTrue(reply.getMaxAbsError() <= 1e-5, "error " + reply.getMaxAbsError());
        assertEquals(1e-4, reply.getTolerance());
        assertEquals(1024, reply.getValuesCompared());
    }

    @Test
    void reportsServingThroughTheStandardHealthService() throws Exception {
        node = GpuNodeServer.start(options());
        connect(node);
        HealthGrpc.HealthBlockingStub health =
                HealthGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS);

        assertEquals(
                ServingStatus.SERVING,
                health.check(HealthCheckRequest.getDefaultInstance()).getStatus());
        assertEquals(
                ServingStatus.SERVING,
                health.check(HealthCheckRequest.newBuilder()
                                .setService(WireContract.SERVICE)
                                .build())
                        .getStatus());
    }

    @Test
    void aFaultyDeviceFailsItsSelfTestWithAReadableMessage() throws Exception {
        node = GpuNodeServer.start(options(), SelfTestNetwork.standard().withWeightsScaledBy(1.01));
        GpuNodeGrpc.GpuNodeBlockingStub stub = connect(node);

        StatusRuntimeException e = assertThrows(
                StatusRuntimeException.class,
                () -> stub.selfTest(
                        SelfTestRequest.newBuilder().setJobKey("selftest-2").build()));

        assertEquals(Status.Code.FAILED_PRECONDITION, e.getStatus().getCode());
        String message = e.getStatus().getDescription();
        assertTrue(message.startsWith("self-test model 'selftest' failed on provider "), message);
        assertTrue(message.contains("differs from the reference computation by up to"), message);
        assertTrue(message.contains("(tolerance 1e-04)"), message);
    }

    @Test
    void refusesASelfTestWithoutJobKey() throws Exception {
        node = GpuNodeServer.start(options());
        GpuNodeGrpc.GpuNodeBlockingStub stub = connect(node);

        StatusRuntimeException e =
                assertThrows(StatusRuntimeException.class, () -> stub.selfTest(SelfTestRequest.getDefaultInstance()));

        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertTrue(
                e.getStatus().getDescription().startsWith("job_key: "),
                e.getStatus().getDescription());
    }

    @Test
    void stopsCleanly() throws Exception {
        node = GpuNodeServer.start(options());
        GpuNodeGrpc.GpuNodeBlockingStub stub = connect(node);
        stub.getInfo(InfoRequest.getDefaultInstance());

        node.close();
        node.close(); // a second close (the shutdown hook after a test, say) does nothing

        StatusRuntimeException e =
                assertThrows(StatusRuntimeException.class, () -> stub.getInfo(InfoRequest.getDefaultInstance()));
        assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
        assertTrue(Files.isRegularFile(models.resolve("selftest/selftest.onnx")));
    }
}
