package org.headshots.gpu.rar;

import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.MultiThreadIoEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioIoHandler;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.headshots.gpu.api.NodeAddress;
import org.headshots.gpu.wire.WireContract;

/**
 * One gRPC channel per node, with threads of its own: a Netty event loop group, an executor for
 * call callbacks and an offload executor for name resolution, all daemon threads, all stopped in
 * {@link #close()} before it returns, so nothing of gRPC outlives the application's class loader.
 */
final class NodeChannels implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(NodeChannels.class.getName());

    private static final int MAX_INBOUND_MESSAGE_BYTES = 64 * 1024 * 1024;

    private final Map<NodeAddress, ManagedChannel> channels;
    private final EventLoopGroup eventLoops;
    private final ExecutorService executor;
    private final ExecutorService offloadExecutor;

    private NodeChannels(Map<NodeAddress, ManagedChannel> channels, EventLoopGroup eventLoops,
            ExecutorService executor, ExecutorService offloadExecutor) {
        this.channels = channels;
        this.eventLoops = eventLoops;
        this.executor = executor;
        this.offloadExecutor = offloadExecutor;
    }

    static NodeChannels open(List<NodeAddress> nodes) {
        EventLoopGroup eventLoops = new MultiThreadIoEventLoopGroup(Math.min(4, Math.max(1, nodes.size())),
                new DefaultThreadFactory("headshots-gpu-netty", true), NioIoHandler.newFactory());
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads("headshots-gpu-grpc"));
        ExecutorService offloadExecutor = Executors.newCachedThreadPool(daemonThreads("headshots-gpu-grpc-offload"));
        Map<NodeAddress, ManagedChannel> channels = new LinkedHashMap<>();
        for (NodeAddress node : nodes) {
            channels.put(node, NettyChannelBuilder.forAddress(hostForChannel(node), node.port())
                    .usePlaintext()
                    .eventLoopGroup(eventLoops)
                    .channelType(NioSocketChannel.class)
                    .executor(executor)
                    .offloadExecutor(offloadExecutor)
                    .maxInboundMessageSize(MAX_INBOUND_MESSAGE_BYTES)
                    .userAgent("headshots-gpu-rar/" + WireContract.VERSION)
                    .build());
        }
        return new NodeChannels(Collections.unmodifiableMap(channels), eventLoops, executor, offloadExecutor);
    }

    List<NodeAddress> addresses() {
        return List.copyOf(channels.keySet());
    }

    Map<NodeAddress, ManagedChannel> channels() {
        return channels;
    }

    /**
     * Makes the next call on a channel whose last connection attempt failed try to connect again
     * at once, instead of failing fast until gRPC's reconnect back-off (up to two minutes) has
     * passed: a node that came back is seen on the next call, and a node still down gives its
     * real reason ("connection refused") again. Entering idle also resolves the name again.
     */
    static void reconnectIfFailed(ManagedChannel channel) {
        if (channel.getState(false) == ConnectivityState.TRANSIENT_FAILURE) {
            channel.enterIdle();
        }
    }

    /** Closes the channels and stops every thread they used; returns when they are stopped. */
    @Override
    public void close() {
        for (ManagedChannel channel : channels.values()) {
            channel.shutdownNow();
        }
        try {
            for (Map.Entry<NodeAddress, ManagedChannel> entry : channels.entrySet()) {
                if (!entry.getValue().awaitTermination(5, TimeUnit.SECONDS)) {
                    LOG.warning("The channel to GPU node " + entry.getKey() + " did not close within 5 s");
                }
            }
            if (!eventLoops.shutdownGracefully(0, 5, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS)) {
                LOG.warning("The GPU channels' Netty threads did not stop within 10 s");
            }
            executor.shutdownNow();
            offloadExecutor.shutdownNow();
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)
                    || !offloadExecutor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warning("The GPU channels' executor threads did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
            offloadExecutor.shutdownNow();
        }
    }

    /** gRPC wants an IPv6 literal without its brackets. */
    private static String hostForChannel(NodeAddress node) {
        String host = node.host();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
