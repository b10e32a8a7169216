package org.headshots.node.application;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A result computed at most once while it succeeds: the first caller computes it, callers arriving
 * meanwhile wait for that computation, later callers get the kept result. A failure is not kept:
 * the next caller computes again.
 */
public final class Once<T> {

    private final AtomicReference<CompletableFuture<T>> current = new AtomicReference<>();

    /**
     * @param callerGone polled while waiting for another caller's computation
     * @throws JobCancelledException when the caller went away while waiting
     */
    public T get(Callable<T> compute, BooleanSupplier callerGone) throws Exception {
        while (true) {
            CompletableFuture<T> mine = new CompletableFuture<>();
            CompletableFuture<T> existing = current.compareAndExchange(null, mine);
            if (existing == null) {
                try {
                    T value = compute.call();
                    mine.complete(value);
                    return value;
                } catch (Exception | Error e) {
                    current.compareAndSet(mine, null);
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
            try {
                return await(existing, callerGone);
            } catch (ExecutionException e) {
                // the other caller failed: its failure is not ours to report; compute again
                current.compareAndSet(existing, null);
            }
        }
    }

    /** The kept result, if computed. */
    public boolean isDone() {
        CompletableFuture<T> future = current.get();
        return future != null && future.isDone() && !future.isCompletedExceptionally();
    }

    private static <T> T await(CompletableFuture<T> future, BooleanSupplier callerGone)
            throws ExecutionException, InterruptedException, JobCancelledException {
        while (true) {
            try {
                return future.get(25, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (callerGone.getAsBoolean()) {
                    throw new JobCancelledException();
                }
            }
        }
    }
}
