package org.headshots.node.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobGateTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void runsAtMostCapacityJobsAndQueuesTheRest() throws Exception {
        JobGate gate = new JobGate(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger mostConcurrent = new AtomicInteger();
        List<Future<Integer>> jobs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            jobs.add(threads.submit(() -> gate.run(
                    () -> {
                        mostConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
                        release.await();
                        concurrent.decrementAndGet();
                        return n;
                    },
                    () -> false)));
        }
        waitFor(() -> gate.running() == 2 && gate.waiting() == 3);
        assertEquals(5, gate.queueLength());
        assertEquals(2, gate.capacity());

        release.countDown();
        for (int i = 0; i < jobs.size(); i++) {
            assertEquals(i, jobs.get(i).get(5, TimeUnit.SECONDS));
        }
        assertEquals(2, mostConcurrent.get());
        assertEquals(0, gate.queueLength());
    }

    @Test
    void aCancelledWaitingJobLeavesTheQueueWithoutRunning() throws Exception {
        JobGate gate = new JobGate(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = threads.submit(() -> gate.run(
                () -> {
                    release.await();
                    return "first";
                },
                () -> false));
        waitFor(() -> gate.running() == 1);

        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean secondRan = new AtomicBoolean();
        Future<String> second = threads.submit(() -> gate.run(
                () -> {
                    secondRan.set(true);
                    return "second";
                },
                cancelled::get));
        waitFor(() -> gate.waiting() == 1);
        cancelled.set(true);

        ExecutionException e = assertThrows(ExecutionException.class, () -> second.get(5, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof JobCancelledException, e.getCause().toString());
        assertEquals(1, gate.queueLength());
        release.countDown();
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        assertTrue(!secondRan.get());
        assertEquals(0, gate.queueLength());
    }

    @Test
    void aClosedGateTakesNoJobsAndLetsRunningOnesFinish() throws Exception {
        JobGate gate = new JobGate(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> running = threads.submit(() -> gate.run(
                () -> {
                    release.await();
                    return "done";
                },
                () -> false));
        waitFor(() -> gate.running() == 1);
        Future<String> waiting = threads.submit(() -> gate.run(() -> "never", () -> false));
        waitFor(() -> gate.waiting() == 1);

        gate.close();

        ExecutionException e = assertThrows(ExecutionException.class, () -> waiting.get(5, TimeUnit.SECONDS));
        assertTrue(
                e.getCause() instanceof NodeShuttingDownException, e.getCause().toString());
        assertThrows(NodeShuttingDownException.class, () -> gate.run(() -> "late", () -> false));
        assertTrue(!gate.awaitIdle(Duration.ofMillis(50)));
        release.countDown();
        assertEquals("done", running.get(5, TimeUnit.SECONDS));
        assertTrue(gate.awaitIdle(Duration.ofSeconds(5)));
    }

    @Test
    void refusesAZeroCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new JobGate(0));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(5);
        }
    }
}
