package org.headshots.gpu.rar;

import io.grpc.ChannelCredentials;
import io.grpc.ConnectivityState;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.MultiThreadIoEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioIoHandler;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import java.util.ArrayList;
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
import org.headshots.gpu.wire.ReloadingTls;
import org.headshots.gpu.wire.SharedSecret;
import org.headshots.gpu.wire.SigningInterceptor;
import org.headshots.gpu.wire.WireContract;

/**
 * The GPU nodes this server talks to, one gRPC channel each, changeable while running. All channels
 * share threads of their own (a Netty event loop group, an executor for call callbacks, an offload
 * executor), daemon threads all stopped in {@link #close()} before it returns, so nothing of gRPC
 * outlives the application's class loader.
 */
final class Fleet implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Fleet.class.getName());

    private static final int MAX_INBOUND_MESSAGE_BYTES = 64 * 1024 * 1024;

    /** gRPC's own retry for the calls that are safe to repeat on the same node after a transient failure. */
    private static final Map<String, Object> SERVICE_CONFIG = Map.of(
            "methodConfig",
            List.of(Map.of(
                    "name",
                            List.of(
                                    Map.of("service", WireContract.SERVICE, "method", "SelfTest"),
                                    Map.of("service", WireContract.SERVICE, "method", "Cancel")),
                    "retryPolicy",
                            Map.of(
                                    "maxAttempts",
                                    3.0,
                                    "initialBackoff",
                                    "0.2s",
                                    "maxBackoff",
                                    "1s",
                                    "backoffMultiplier",
                                    2.0,
                                    "retryableStatusCodes",
                                    List.of("UNAVAILABLE")))));

    private final Map<NodeAddress, NodeLink> links = new LinkedHashMap<>();
    private final SigningInterceptor signing;
    private final String secretProblem;
    private final ReloadingTls tls;
    private final ChannelCredentials credentials;
    private final EventLoopGroup eventLoops;
    private final ExecutorService executor;
    private final ExecutorService offloadExecutor;

    private Fleet(SharedSecret secret, String secretProblem, ReloadingTls tls) {
        this.signing = secret == null ? null : new SigningInterceptor(secret);
        this.secretProblem = secretProblem;
        this.tls = tls;
        this.credentials = tls == null ? InsecureChannelCredentials.create() : tls.channelCredentials();
        this.eventLoops = new MultiThreadIoEventLoopGroup(
                2, new DefaultThreadFactory("headshots-gpu-netty", true), NioIoHandler.newFactory());
        this.executor = Executors.newCachedThreadPool(daemonThreads("headshots-gpu-grpc"));
        this.offloadExecutor = Executors.newCachedThreadPool(daemonThreads("headshots-gpu-grpc-offload"));
    }

    /**
     * @param secret the shared secret, or null when none is configured: then every call is refused
     *        here with {@code secretProblem}, before anything is sent
     * @param tls the TLS of the links, owned by the fleet from now on; null for plaintext
     */
    static Fleet open(List<NodeAddress> nodes, SharedSecret secret, String secretProblem, ReloadingTls tls) {
        Fleet fleet = new Fleet(secret, secretProblem, tls);
        nodes.forEach(fleet::add);
        return fleet;
    }

    /**
     * Why no call can be made at all, or null: no shared secret, or TLS files that could never be loaded
     * (files that fail to load again leave the last good ones in use).
     */
    String problem() {
        if (signing == null) {
            return secretProblem;
        }
        return tls != null && tls.certificate() == null ? tls.problem() : null;
    }

    synchronized boolean add(NodeAddress node) {
        if (links.containsKey(node)) {
            return false;
        }
        ManagedChannel channel = NettyChannelBuilder.forAddress(hostForChannel(node), node.port(), credentials)
                .eventLoopGroup(eventLoops)
                .channelType(NioSocketChannel.class)
                .executor(executor)
                .offloadExecutor(offloadExecutor)
                .maxInboundMessageSize(MAX_INBOUND_MESSAGE_BYTES)
                .keepAliveTime(WireContract.PING_AFTER_QUIET.toMillis(), TimeUnit.MILLISECONDS)
                .keepAliveTimeout(WireContract.PING_ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS)
                .keepAliveWithoutCalls(false)
                .defaultServiceConfig(SERVICE_CONFIG)
                .enableRetry()
                .userAgent("headshots-gpu-rar/" + WireContract.VERSION)
                .build();
        links.put(node, new NodeLink(node, channel, signing));
        return true;
    }

    /** Removes the node; calls running on it fail and fail over. */
    boolean remove(NodeAddress node) {
        NodeLink link;
        synchronized (this) {
            link = links.remove(node);
        }
        if (link == null) {
            return false;
        }
        link.channel().shutdownNow();
        return true;
    }

    synchronized List<NodeLink> links() {
        return new ArrayList<>(links.values());
    }

    synchronized NodeLink link(NodeAddress node) {
        return links.get(node);
    }

    synchronized List<NodeAddress> addresses() {
        return List.copyOf(links.keySet());
    }

    /**
     * Makes the next call on a channel whose last connection attempt failed try to connect again
     * at once, instead of failing fast until gRPC's reconnect back-off (up to two minutes) has
     * passed: a node that came back is seen on the next call.
     */
    static void reconnectIfFailed(ManagedChannel channel) {
        if (channel.getState(false) == ConnectivityState.TRANSIENT_FAILURE) {
            channel.enterIdle();
        }
    }

    /** Closes the channels and stops every thread they used; returns when they are stopped. */
    @Override
    public void close() {
        List<NodeLink> all;
        synchronized (this) {
            all = new ArrayList<>(links.values());
            links.clear();
        }
        all.forEach(link -> link.channel().shutdownNow());
        try {
            for (NodeLink link : all) {
                if (!link.channel().awaitTermination(5, TimeUnit.SECONDS)) {
                    LOG.warning("The channel to GPU node " + link.address() + " did not close within 5 s");
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
        if (tls != null) {
            tls.close();
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
