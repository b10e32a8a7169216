package org.headshots.gpu.rar;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The single reply of a call, awaited by the calling thread; failures come out as StatusRuntimeExceptions. */
final class ReplyFuture<T> implements StreamObserver<T> {

    private final CompletableFuture<T> reply = new CompletableFuture<>();

    @Override
    public void onNext(T value) {
        reply.complete(value);
    }

    @Override
    public void onError(Throwable error) {
        reply.completeExceptionally(error);
    }

    @Override
    public void onCompleted() {
        // no effect when the reply came first
        reply.completeExceptionally(
                Status.INTERNAL.withDescription("the node sent no reply").asRuntimeException());
    }

    /**
     * Waits for the reply. gRPC ends the call at its deadline; the extra second only guards against
     * a lost callback.
     */
    T await(long deadlineNanos) {
        try {
            return reply.get(Math.max(0, deadlineNanos) + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw Status.fromThrowable(e.getCause()).asRuntimeException();
        } catch (TimeoutException e) {
            throw Status.DEADLINE_EXCEEDED.withDescription("no reply in time").asRuntimeException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Status.CANCELLED
                    .withDescription("the calling thread was interrupted")
                    .asRuntimeException();
        }
    }
}
