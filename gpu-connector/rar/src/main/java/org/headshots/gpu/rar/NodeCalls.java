package org.headshots.gpu.rar;

import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.headshots.gpu.api.AnalysisOptions;
import org.headshots.gpu.api.GenerationRequest;
import org.headshots.gpu.api.GpuNodeException;
import org.headshots.gpu.api.HeadshotReceiver;
import org.headshots.gpu.api.IdentityResult;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.api.NodeAddress;
import org.headshots.gpu.api.NodeInfo;
import org.headshots.gpu.api.PhotoAnalysisResult;
import org.headshots.gpu.api.RequestRejectedException;
import org.headshots.gpu.api.SelfTestReport;
import org.headshots.gpu.wire.v1.AnalyzeHeader;
import org.headshots.gpu.wire.v1.AnalyzeRequest;
import org.headshots.gpu.wire.v1.BuildIdentityHeader;
import org.headshots.gpu.wire.v1.BuildIdentityRequest;
import org.headshots.gpu.wire.v1.CancelReply;
import org.headshots.gpu.wire.v1.CancelRequest;
import org.headshots.gpu.wire.v1.InfoRequest;
import org.headshots.gpu.wire.v1.NodeInfoReply;
import org.headshots.gpu.wire.v1.SelfTestReply;
import org.headshots.gpu.wire.v1.SelfTestRequest;

/**
 * The calls a connection makes over the adapter's fleet. Work goes to the node the {@link Dispatcher}
 * picks; when that node fails (unreachable, crashed mid-stream, refusing our credentials) it is marked
 * down and the request goes, with the same job key, to the next one, until the request's deadline.
 */
final class NodeCalls {

    private static final Logger LOG = Logger.getLogger(NodeCalls.class.getName());

    /** The largest self-test error accepted even when a node says it passed. */
    static final double SELF_TEST_TOLERANCE = 1e-4;

    private final Fleet fleet;
    private final Timeouts timeouts;

    NodeCalls(Fleet fleet, Timeouts timeouts) {
        this.fleet = fleet;
        this.timeouts = timeouts;
    }

    /** Asks every node at once what it is and how busy; returns them in the order they were added. */
    List<NodeInfo> nodes() {
        refresh(timeouts.info());
        return fleet.links().stream().map(NodeLink::latest).toList();
    }

    /** Updates what is known of every node; a node that does not answer in time is DOWN with the reason. */
    void refresh(Duration timeout) {
        List<NodeLink> links = fleet.links();
        String problem = fleet.problem();
        if (problem != null) {
            links.forEach(link -> link.update(NodeInfo.down(link.address(), problem)));
            return;
        }
        CountDownLatch answered = new CountDownLatch(links.size());
        for (NodeLink link : links) {
            link.stub()
                    .withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .getInfo(InfoRequest.getDefaultInstance(), new StreamObserver<NodeInfoReply>() {
                        @Override
                        public void onNext(NodeInfoReply reply) {
                            link.update(WireMapping.info(link.address(), reply));
                        }

                        @Override
                        public void onError(Throwable error) {
                            link.update(NodeInfo.down(
                                    link.address(), Problems.describe(Status.fromThrowable(error), timeout)));
                            answered.countDown();
                        }

                        @Override
                        public void onCompleted() {
                            answered.countDown();
                        }
                    });
        }
        try {
            if (!answered.await(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                LOG.fine("Some GPU nodes did not answer GetInfo in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void addNode(NodeAddress node) {
        if (fleet.add(node)) {
            LOG.info(() -> "GPU node " + node + " added to the fleet");
            refresh(timeouts.info());
        }
    }

    void removeNode(NodeAddress node) {
        if (fleet.remove(node)) {
            LOG.info(() -> "GPU node " + node + " removed from the fleet");
        }
    }

    /** Runs one node's self-test. */
    SelfTestReport selfTest(NodeAddress node, JobKey key) {
        NodeLink link = fleet.link(node);
        if (link == null) {
            throw new GpuNodeException(node, "is not one of the GPU nodes " + fleet.addresses());
        }
        requireUsableLinks();
        Duration timeout = timeouts.selfTest();
        SelfTestReply reply;
        try {
            reply = blockingUnary(
                    link,
                    timeout,
                    (stub, observer) -> stub.selfTest(
                            SelfTestRequest.newBuilder().setJobKey(key.value()).build(), observer));
        } catch (StatusRuntimeException e) {
            String reason = Problems.describe(e.getStatus(), timeout);
            LOG.log(Level.FINE, "Self-test " + key + " on " + node + " failed: " + reason, e);
            throw new GpuNodeException(node, reason, e);
        }
        if (!(reply.getMaxAbsError() <= SELF_TEST_TOLERANCE)) {
            throw new GpuNodeException(
                    node,
                    String.format(
                            Locale.ROOT,
                            "self-test model '%s' failed on %s: its output differs from the reference by %.3e (tolerance %.0e)",
                            reply.getModel(),
                            reply.getDevice(),
                            reply.getMaxAbsError(),
                            SELF_TEST_TOLERANCE));
        }
        return new SelfTestReport(
                node,
                reply.getModel(),
                reply.getDevice(),
                reply.getExecutionProvider(),
                Duration.ofNanos(reply.getInferenceNanos()),
                reply.getMaxAbsError());
    }

    PhotoAnalysisResult analyze(JobKey key, byte[] photo, AnalysisOptions options) {
        List<AnalyzeRequest> messages = new ArrayList<>();
        messages.add(AnalyzeRequest.newBuilder()
                .setHeader(AnalyzeHeader.newBuilder()
                        .setJobKey(key.value())
                        .setMatte(options.matte())
                        .setNormalized(options.normalized())
                        .setThumbnailSize(options.thumbnailSize()))
                .build());
        UploadCall.chunks(0, photo)
                .forEach(c ->
                        messages.add(AnalyzeRequest.newBuilder().setChunk(c).build()));
        return withFailover(
                Need.analysis(options.matte()),
                key,
                timeouts.analyze(),
                (link, deadline) -> WireMapping.analysis(
                        link.address(),
                        UploadCall.send(link.stub().withDeadline(deadline)::analyze, messages, deadline)));
    }

    IdentityResult buildIdentity(JobKey key, List<byte[]> photos) {
        if (photos.isEmpty()) {
            throw new IllegalArgumentException("An identity needs at least one photo");
        }
        List<BuildIdentityRequest> messages = new ArrayList<>();
        messages.add(BuildIdentityRequest.newBuilder()
                .setHeader(
                        BuildIdentityHeader.newBuilder().setJobKey(key.value()).setPhotoCount(photos.size()))
                .build());
        for (int i = 0; i < photos.size(); i++) {
            UploadCall.chunks(i, photos.get(i))
                    .forEach(c -> messages.add(
                            BuildIdentityRequest.newBuilder().setChunk(c).build()));
        }
        return withFailover(
                Need.identity(),
                key,
                timeouts.identity(),
                (link, deadline) -> WireMapping.identity(
                        link.address(),
                        UploadCall.send(link.stub().withDeadline(deadline)::buildIdentity, messages, deadline)));
    }

    void generate(JobKey key, GenerationRequest request, int from, int to, HeadshotReceiver receiver) {
        GenerationStream stream = new GenerationStream(key, request, from, to, receiver);
        withFailover(Need.generation(request.style()), key, timeouts.generate(), (link, deadline) -> {
            stream.attempt(link, deadline);
            return null;
        });
    }

    /** Cancels the job on every node that is up; true when one of them had it. */
    boolean cancel(JobKey key) {
        requireUsableLinks();
        boolean found = false;
        for (NodeLink link : fleet.links()) {
            try {
                CancelReply reply = blockingUnary(
                        link,
                        timeouts.info(),
                        (stub, observer) -> stub.cancel(
                                CancelRequest.newBuilder()
                                        .setJobKey(key.value())
                                        .build(),
                                observer));
                found |= reply.getFound();
            } catch (StatusRuntimeException e) {
                LOG.fine(() -> "Cancel " + key + " did not reach " + link.address() + ": " + e.getStatus());
            }
        }
        return found;
    }

    private <T> T withFailover(Need need, JobKey key, Duration budget, Attempt<T> attempt) {
        requireUsableLinks();
        Deadline deadline = Deadline.after(budget.toNanos(), TimeUnit.NANOSECONDS);
        Set<NodeAddress> tried = new HashSet<>();
        List<String> problems = new ArrayList<>();
        while (true) {
            Optional<NodeLink> choice = Dispatcher.choose(fleet.links(), need, tried);
            if (choice.isEmpty() && tried.isEmpty()) {
                // what we know may be older than the node's recovery: ask once before giving up
                refresh(min(timeouts.info(), remaining(deadline)));
                choice = Dispatcher.choose(fleet.links(), need, tried);
            }
            if (choice.isEmpty()) {
                throw new GpuNodeException(null, noNodeFor(need, problems));
            }
            NodeLink link = choice.get();
            if (deadline.isExpired()) {
                throw new GpuNodeException(
                        null,
                        need.what() + " got no result within " + Problems.format(budget)
                                + (problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")"));
            }
            link.begin();
            try {
                return attempt.run(link, deadline);
            } catch (StatusRuntimeException e) {
                Status status = e.getStatus();
                String reason = Problems.describe(status, budget);
                if (status.getCode() == Status.Code.INVALID_ARGUMENT
                        || status.getCode() == Status.Code.FAILED_PRECONDITION) {
                    throw new RequestRejectedException(link.address(), reason, e);
                }
                if (!isNodeFailure(status) || deadline.isExpired()) {
                    throw new GpuNodeException(link.address(), reason, e);
                }
                link.markDown(reason);
                tried.add(link.address());
                problems.add(link.address() + ": " + reason);
                LOG.warning(() -> need.what() + " " + key + " failed on GPU node " + link.address() + " (" + reason
                        + "); sending it again, with the same job key, to another node");
            } finally {
                link.end();
            }
        }
    }

    /** Failures of the node rather than of the request: another node may well succeed. */
    private static boolean isNodeFailure(Status status) {
        return switch (status.getCode()) {
            // not CANCELLED: a node answers so when the job was cancelled, which holds on every node
            case UNAVAILABLE, UNAUTHENTICATED, UNKNOWN, INTERNAL, RESOURCE_EXHAUSTED, DATA_LOSS, UNIMPLEMENTED -> true;
            default -> false;
        };
    }

    private String noNodeFor(Need need, List<String> problems) {
        List<NodeLink> links = fleet.links();
        if (links.isEmpty()) {
            return "no GPU node is configured: add one on the IT page or with bin/headshots nodes add HOST:PORT";
        }
        List<String> reasons = new ArrayList<>(problems);
        for (NodeLink link : links) {
            NodeInfo info = link.latest();
            if (problems.stream().anyMatch(p -> p.startsWith(link.address() + ":"))) {
                continue;
            }
            if (!info.isUp()) {
                reasons.add(link.address() + ": " + info.problem());
            } else if (!info.roles().containsAll(need.roles())) {
                Set<String> missing = new java.util.TreeSet<>(need.roles());
                missing.removeAll(info.roles());
                reasons.add(link.address() + ": has no model for " + String.join(", ", missing));
            } else if (need.style() != null && !info.styles().contains(need.style())) {
                reasons.add(link.address() + ": does not know the style '" + need.style() + "'");
            }
        }
        return "no GPU node could do the " + need.what() + ": " + String.join("; ", reasons);
    }

    private void requireUsableLinks() {
        String problem = fleet.problem();
        if (problem != null) {
            throw new GpuNodeException(null, problem);
        }
    }

    private static <T> T blockingUnary(NodeLink link, Duration timeout, UnaryStart<T> start) {
        Deadline deadline = Deadline.after(timeout.toNanos(), TimeUnit.NANOSECONDS);
        ReplyFuture<T> reply = new ReplyFuture<>();
        start.start(link.stub().withDeadline(deadline), reply);
        return reply.await(deadline.timeRemaining(TimeUnit.NANOSECONDS));
    }

    private static Duration remaining(Deadline deadline) {
        return Duration.ofNanos(Math.max(0, deadline.timeRemaining(TimeUnit.NANOSECONDS)));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @FunctionalInterface
    private interface Attempt<T> {
        T run(NodeLink link, Deadline deadline);
    }

    @FunctionalInterface
    private interface UnaryStart<T> {
        void start(org.headshots.gpu.wire.v1.GpuNodeGrpc.GpuNodeStub stub, StreamObserver<T> observer);
    }
}
