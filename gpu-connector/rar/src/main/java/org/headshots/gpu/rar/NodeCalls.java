package org.headshots.gpu.rar;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.headshots.gpu.api.GpuNodeException;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.api.NodeAddress;
import org.headshots.gpu.api.NodeInfo;
import org.headshots.gpu.api.NodeState;
import org.headshots.gpu.api.SelfTestReport;
import org.headshots.gpu.wire.WireContract;
import org.headshots.gpu.wire.v1.GpuNodeGrpc;
import org.headshots.gpu.wire.v1.InfoRequest;
import org.headshots.gpu.wire.v1.ModelInfo;
import org.headshots.gpu.wire.v1.NodeInfoReply;
import org.headshots.gpu.wire.v1.SelfTestReply;
import org.headshots.gpu.wire.v1.SelfTestRequest;

/**
 * The calls a connection makes, on stubs over the adapter's channels. Holds stubs only: the
 * channels belong to the resource adapter.
 */
final class NodeCalls {

    private static final Logger LOG = Logger.getLogger(NodeCalls.class.getName());

    /** The largest self-test error accepted even when a node says it passed. */
    static final double SELF_TEST_TOLERANCE = 1e-4;

    private final Map<NodeAddress, ManagedChannel> channels;
    private final Map<NodeAddress, GpuNodeGrpc.GpuNodeStub> stubs = new LinkedHashMap<>();
    private final Map<NodeAddress, GpuNodeGrpc.GpuNodeBlockingStub> blockingStubs = new LinkedHashMap<>();

    NodeCalls(Map<NodeAddress, ManagedChannel> channels) {
        this.channels = channels;
        channels.forEach((node, channel) -> {
            stubs.put(node, GpuNodeGrpc.newStub(channel));
            blockingStubs.put(node, GpuNodeGrpc.newBlockingStub(channel));
        });
    }

    /** Asks every node at once for its info; a node that does not answer in time is DOWN with the reason. */
    List<NodeInfo> nodes(Duration timeout) {
        Map<NodeAddress, CompletableFuture<NodeInfoReply>> replies = new LinkedHashMap<>();
        stubs.forEach((node, stub) -> {
            NodeChannels.reconnectIfFailed(channels.get(node));
            CompletableFuture<NodeInfoReply> reply = new CompletableFuture<>();
            stub.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .getInfo(InfoRequest.getDefaultInstance(), new SingleReply<>(reply));
            replies.put(node, reply);
        });
        long waitUntil = System.nanoTime() + timeout.toNanos() + TimeUnit.SECONDS.toNanos(1);
        List<NodeInfo> infos = new ArrayList<>(replies.size());
        for (Map.Entry<NodeAddress, CompletableFuture<NodeInfoReply>> entry : replies.entrySet()) {
            NodeAddress node = entry.getKey();
            try {
                long left = Math.max(0, waitUntil - System.nanoTime());
                infos.add(toInfo(node, entry.getValue().get(left, TimeUnit.NANOSECONDS)));
            } catch (ExecutionException e) {
                infos.add(NodeInfo.down(node, Problems.describe(Status.fromThrowable(e.getCause()), timeout)));
            } catch (TimeoutException e) {
                entry.getValue().cancel(true);
                infos.add(NodeInfo.down(node, "no answer within " + Problems.format(timeout)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                infos.add(NodeInfo.down(node, "not asked: the calling thread was interrupted"));
            }
        }
        return infos;
    }

    /** Runs the node's self-test. */
    SelfTestReport selfTest(NodeAddress node, JobKey key, Duration timeout) {
        GpuNodeGrpc.GpuNodeBlockingStub stub = blockingStubs.get(node);
        if (stub == null) {
            throw new GpuNodeException(node, "is not one of the configured GPU nodes " + stubs.keySet());
        }
        NodeChannels.reconnectIfFailed(channels.get(node));
        SelfTestReply reply;
        try {
            reply = stub.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .selfTest(SelfTestRequest.newBuilder().setJobKey(key.value()).build());
        } catch (StatusRuntimeException e) {
            String reason = Problems.describe(e.getStatus(), timeout);
            LOG.log(Level.FINE, "Self-test " + key + " on " + node + " failed: " + reason, e);
            throw new GpuNodeException(node, reason, e);
        }
        if (!(reply.getMaxAbsError() <= SELF_TEST_TOLERANCE)) {
            throw new GpuNodeException(node, String.format(java.util.Locale.ROOT,
                    "self-test model '%s' failed on %s: its output differs from the reference by %.3e (tolerance %.0e)",
                    reply.getModel(), reply.getDevice(), reply.getMaxAbsError(), SELF_TEST_TOLERANCE));
        }
        return new SelfTestReport(node, reply.getModel(), reply.getDevice(), reply.getExecutionProvider(),
                Duration.ofNanos(reply.getInferenceNanos()), reply.getMaxAbsError());
    }

    private static NodeInfo toInfo(NodeAddress node, NodeInfoReply reply) {
        if (!WireContract.compatible(reply.getContractVersion())) {
            return NodeInfo.down(node, "speaks wire contract '" + reply.getContractVersion()
                    + "', this server speaks " + WireContract.VERSION + ": install matching versions");
        }
        List<String> models = reply.getModelsList().stream().map(ModelInfo::getName).toList();
        return new NodeInfo(node, NodeState.UP, reply.getDevice(), reply.getExecutionProvider(),
                reply.getOnnxRuntimeVersion(), models, Math.max(0, reply.getQueueLength()), null);
    }

    /** Completes a future with the one reply of a unary call. */
    private static final class SingleReply<T> implements StreamObserver<T> {

        private final CompletableFuture<T> future;

        SingleReply(CompletableFuture<T> future) {
            this.future = future;
        }

        @Override
        public void onNext(T value) {
            future.complete(value);
        }

        @Override
        public void onError(Throwable error) {
            future.completeExceptionally(error);
        }

        @Override
        public void onCompleted() {
            future.completeExceptionally(Status.INTERNAL.withDescription("the node sent no reply")
                    .asRuntimeException()); // no effect when a reply came
        }
    }
}
