package org.headshots.node.application;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Bounds how many jobs run on the device at once. Jobs beyond the capacity wait in arrival order;
 * a waiting job whose caller has gone away (cancelled, deadline passed) leaves the queue without
 * running.
 */
public final class JobGate {

    private static final long POLL_MILLIS = 25;

    private final int capacity;
    private final Semaphore permits;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean closed;

    public JobGate(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A node runs at least 1 job at a time, not " + capacity);
        }
        this.capacity = capacity;
        this.permits = new Semaphore(capacity, true);
    }

    /**
     * Runs {@code job} once a slot is free.
     *
     * @param cancelled polled while waiting; true makes the job leave the queue
     * @throws JobCancelledException when {@code cancelled} became true before the job started
     * @throws NodeShuttingDownException when the gate was closed before the job started
     */
    public <T> T run(Callable<T> job, BooleanSupplier cancelled) throws Exception {
        if (closed) {
            throw new NodeShuttingDownException();
        }
        waiting.incrementAndGet();
        boolean counted = true;
        try {
            while (!permits.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    throw new JobCancelledException();
                }
                if (closed) {
                    throw new NodeShuttingDownException();
                }
            }
            // counted as running before it stops counting as waiting: the queue length never dips
            running.incrementAndGet();
            waiting.decrementAndGet();
            counted = false;
        } finally {
            if (counted) {
                waiting.decrementAndGet();
            }
        }
        try {
            if (closed) {
                throw new NodeShuttingDownException();
            }
            return job.call();
        } finally {
            running.decrementAndGet();
            permits.release();
        }
    }

    public int capacity() {
        return capacity;
    }

    public int running() {
        return running.get();
    }

    public int waiting() {
        return waiting.get();
    }

    /** Jobs running plus jobs waiting. */
    public int queueLength() {
        return running.get() + waiting.get();
    }

    /** Stops taking jobs; waiting jobs leave the queue, running ones finish. */
    public void close() {
        closed = true;
    }

    /** Waits until no job runs, at most {@code timeout}; true if idle. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running.get() > 0) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }
}
