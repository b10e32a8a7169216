package org.headshots.gpu.rar;

import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import java.util.concurrent.atomic.AtomicInteger;
import org.headshots.gpu.api.NodeAddress;
import org.headshots.gpu.api.NodeInfo;
import org.headshots.gpu.wire.SigningInterceptor;
import org.headshots.gpu.wire.v1.GpuNodeGrpc;

/** One node of the fleet: its channel, what it last said of itself, and the requests this server has on it. */
final class NodeLink {

    private final NodeAddress address;
    private final ManagedChannel channel;
    private final GpuNodeGrpc.GpuNodeStub stub;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile NodeInfo latest;

    NodeLink(NodeAddress address, ManagedChannel channel, SigningInterceptor signing) {
        this.address = address;
        this.channel = channel;
        Channel signed = signing == null ? channel : ClientInterceptors.intercept(channel, signing);
        this.stub = GpuNodeGrpc.newStub(signed);
        this.latest = NodeInfo.down(address, "not asked yet");
    }

    NodeAddress address() {
        return address;
    }

    ManagedChannel channel() {
        return channel;
    }

    GpuNodeGrpc.GpuNodeStub stub() {
        Fleet.reconnectIfFailed(channel);
        return stub;
    }

    NodeInfo latest() {
        return latest;
    }

    void update(NodeInfo info) {
        latest = info;
    }

    void markDown(String reason) {
        latest = latest.markedDown(reason);
    }

    int inFlight() {
        return inFlight.get();
    }

    void begin() {
        inFlight.incrementAndGet();
    }

    void end() {
        inFlight.decrementAndGet();
    }

    /** Load as the node last reported it plus what this server sent since: the lower, the better. */
    double load() {
        NodeInfo info = latest;
        int capacity = Math.max(1, info.capacity());
        return (double) (info.queueLength() + inFlight.get()) / capacity;
    }
}
