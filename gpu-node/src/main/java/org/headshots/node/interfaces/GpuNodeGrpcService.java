package org.headshots.node.interfaces;

import io.grpc.Context;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.wire.WireContract;
import org.headshots.gpu.wire.v1.GpuNodeGrpc;
import org.headshots.gpu.wire.v1.InfoRequest;
import org.headshots.gpu.wire.v1.ModelInfo;
import org.headshots.gpu.wire.v1.NodeInfoReply;
import org.headshots.gpu.wire.v1.SelfTestReply;
import org.headshots.gpu.wire.v1.SelfTestRequest;
import org.headshots.node.application.InferenceException;
import org.headshots.node.application.JobCancelledException;
import org.headshots.node.application.NodeNotReadyException;
import org.headshots.node.application.NodeService;
import org.headshots.node.application.NodeShuttingDownException;
import org.headshots.node.application.NodeStatus;
import org.headshots.node.application.SelfTestFailedException;
import org.headshots.node.domain.LoadedModel;
import org.headshots.node.domain.SelfTestOutcome;

/** The wire contract v1 ({@code headshots.node.v1.GpuNode}) on top of the {@link NodeService}. */
public final class GpuNodeGrpcService extends GpuNodeGrpc.GpuNodeImplBase {

    private static final Logger LOG = Logger.getLogger(GpuNodeGrpcService.class.getName());

    private final NodeService node;

    public GpuNodeGrpcService(NodeService node) {
        this.node = node;
    }

    @Override
    public void getInfo(InfoRequest request, StreamObserver<NodeInfoReply> responses) {
        NodeStatus status = node.status();
        NodeInfoReply.Builder reply = NodeInfoReply.newBuilder()
                .setDevice(status.device().name())
                .setExecutionProvider(status.device().provider().wireName())
                .setOnnxRuntimeVersion(status.onnxRuntimeVersion())
                .setCapacity(status.capacity())
                .setQueueLength(status.queueLength())
                .setRunning(status.running())
                .setNodeVersion(status.nodeVersion())
                .setContractVersion(WireContract.VERSION)
                .setHostName(status.hostName())
                .setUptimeSeconds(status.uptime().toSeconds());
        for (LoadedModel model : status.models()) {
            reply.addModels(ModelInfo.newBuilder().setName(model.name()).setSha256(model.sha256())
                    .setRole(model.role()));
        }
        responses.onNext(reply.build());
        responses.onCompleted();
    }

    @Override
    public void selfTest(SelfTestRequest request, StreamObserver<SelfTestReply> responses) {
        JobKey key;
        try {
            key = new JobKey(request.getJobKey());
        } catch (IllegalArgumentException e) {
            responses.onError(Status.INVALID_ARGUMENT.withDescription("job_key: " + e.getMessage()).asException());
            return;
        }
        Context context = Context.current();
        try {
            SelfTestOutcome outcome = node.selfTest(key.value(), context::isCancelled);
            responses.onNext(SelfTestReply.newBuilder()
                    .setJobKey(outcome.jobKey())
                    .setModel(outcome.model())
                    .setDevice(outcome.device().name())
                    .setExecutionProvider(outcome.device().provider().wireName())
                    .setInferenceNanos(outcome.inferenceNanos())
                    .setMaxAbsError(outcome.maxAbsoluteError())
                    .setTolerance(outcome.tolerance())
                    .setValuesCompared(outcome.valuesCompared())
                    .build());
            responses.onCompleted();
        } catch (SelfTestFailedException e) {
            responses.onError(Status.FAILED_PRECONDITION.withDescription(e.getMessage()).asException());
        } catch (NodeNotReadyException | NodeShuttingDownException e) {
            responses.onError(Status.UNAVAILABLE.withDescription(e.getMessage()).asException());
        } catch (JobCancelledException e) {
            responses.onError(Status.CANCELLED.withDescription(e.getMessage()).asException());
        } catch (InferenceException e) {
            LOG.log(Level.WARNING, "Self-test " + key + " could not run", e);
            responses.onError(Status.INTERNAL.withDescription(e.getMessage()).asException());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            responses.onError(Status.UNAVAILABLE.withDescription("the node is shutting down").asException());
        }
    }
}
