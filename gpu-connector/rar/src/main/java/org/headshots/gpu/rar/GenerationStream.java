package org.headshots.gpu.rar;

import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.headshots.gpu.api.GenerationRequest;
import org.headshots.gpu.api.HeadshotReceiver;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.wire.WireContract;
import org.headshots.gpu.wire.v1.GenerateHeader;
import org.headshots.gpu.wire.v1.GenerateReply;
import org.headshots.gpu.wire.v1.GenerateRequest;
import org.headshots.gpu.wire.v1.HeadshotHeader;

/**
 * One attempt of a generation on one node: asks from the first index not yet received, reassembles
 * each headshot from its chunks, checks its hash and hands it on, each index once and in order.
 * Survives across attempts through {@link #nextIndex}.
 */
final class GenerationStream {

    private final JobKey key;
    private final GenerationRequest request;
    private final HeadshotReceiver receiver;
    private final int end;
    private int nextIndex;

    GenerationStream(JobKey key, GenerationRequest request, int from, int to, HeadshotReceiver receiver) {
        this.key = key;
        this.request = request;
        this.receiver = receiver;
        this.nextIndex = from;
        this.end = to;
    }

    int nextIndex() {
        return nextIndex;
    }

    boolean complete() {
        return nextIndex >= end;
    }

    /** Runs one attempt on {@code link}; throws a StatusRuntimeException when the node fails. */
    void attempt(NodeLink link, Deadline deadline) {
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        ClientCallStreamObserver<GenerateRequest>[] call = newCallHolder();
        StreamObserver<GenerateRequest> requests = link.stub()
                .withDeadline(deadline)
                .generate(new ClientResponseObserver<GenerateRequest, GenerateReply>() {
                    @Override
                    public void beforeStart(ClientCallStreamObserver<GenerateRequest> requestStream) {
                        call[0] = requestStream;
                    }

                    @Override
                    public void onNext(GenerateReply reply) {
                        events.add(reply);
                    }

                    @Override
                    public void onError(Throwable error) {
                        events.add(Status.fromThrowable(error));
                    }

                    @Override
                    public void onCompleted() {
                        events.add(Status.OK);
                    }
                });
        GenerateHeader.Builder header = GenerateHeader.newBuilder()
                .setJobKey(key.value())
                .setStyle(request.style())
                .setCount(request.count())
                .setFirstIndex(nextIndex)
                .setEndIndex(end)
                .setReferenceCount(request.references().size())
                .setBrandColour(request.brandColour())
                .setSeed(request.seed())
                .setMinIdentity(request.minIdentity());
        for (float value : request.identity()) {
            header.addIdentity(value);
        }
        requests.onNext(GenerateRequest.newBuilder().setHeader(header).build());
        List<byte[]> references = request.references();
        for (int i = 0; i < references.size(); i++) {
            UploadCall.chunks(i, references.get(i))
                    .forEach(chunk -> requests.onNext(
                            GenerateRequest.newBuilder().setChunk(chunk).build()));
        }
        requests.onCompleted();
        receive(link, deadline, events, call[0]);
    }

    private void receive(
            NodeLink link,
            Deadline deadline,
            BlockingQueue<Object> events,
            ClientCallStreamObserver<GenerateRequest> call) {
        HeadshotHeader current = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            Object event;
            try {
                event = events.poll(
                        deadline.timeRemaining(TimeUnit.NANOSECONDS) + TimeUnit.SECONDS.toNanos(1),
                        TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                call.cancel("the calling thread was interrupted", null);
                throw Status.CANCELLED
                        .withDescription("the calling thread was interrupted")
                        .asRuntimeException();
            }
            if (event == null) {
                call.cancel("deadline", null);
                throw Status.DEADLINE_EXCEEDED
                        .withDescription("no headshot in time")
                        .asRuntimeException();
            }
            if (event instanceof Status status) {
                if (!status.isOk()) {
                    throw status.asRuntimeException();
                }
                if (!complete()) {
                    throw Status.UNAVAILABLE
                            .withDescription("the node ended the stream at headshot " + nextIndex + ", before " + end)
                            .asRuntimeException();
                }
                return;
            }
            GenerateReply reply = (GenerateReply) event;
            if (reply.hasHeadshot()) {
                current = reply.getHeadshot();
                bytes.reset();
                continue;
            }
            if (current == null || reply.getChunk().getImage() != current.getIndex()) {
                call.cancel("protocol", null);
                throw Status.INTERNAL
                        .withDescription("the node sent image bytes without their header")
                        .asRuntimeException();
            }
            bytes.writeBytes(reply.getChunk().getData().toByteArray());
            if (reply.getChunk().getLast()) {
                deliver(link, current, bytes.toByteArray(), call);
                current = null;
            }
        }
    }

    private void deliver(
            NodeLink link, HeadshotHeader header, byte[] jpeg, ClientCallStreamObserver<GenerateRequest> call) {
        if (!WireContract.sha256(jpeg).equals(header.getSha256())) {
            call.cancel("corrupt", null);
            throw Status.DATA_LOSS
                    .withDescription("headshot " + header.getIndex() + " arrived damaged (hash differs)")
                    .asRuntimeException();
        }
        if (header.getIndex() != nextIndex) {
            return; // already received from an earlier attempt, or out of order: never handed on twice
        }
        try {
            receiver.received(WireMapping.headshot(link.address(), header, jpeg));
        } catch (RuntimeException e) {
            call.cancel("the receiver failed", e);
            throw e;
        }
        nextIndex++;
    }

    @SuppressWarnings("unchecked")
    private static ClientCallStreamObserver<GenerateRequest>[] newCallHolder() {
        return new ClientCallStreamObserver[1];
    }
}
