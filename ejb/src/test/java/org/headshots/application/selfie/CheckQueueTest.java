package org.headshots.application.selfie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.Config;
import org.headshots.application.FleetUnavailableException;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CheckQueueTest {

    private final ExecutorService uploaders = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        uploaders.shutdownNow();
    }

    private static CheckQueue queue(int concurrent, int longestWaitSeconds) {
        CheckQueue queue = new CheckQueue();
        queue.config = mock(Config.class);
        when(queue.config.getOptionalValue(eq("headshots.selfies.concurrent-checks"), eq(Integer.class)))
                .thenReturn(Optional.of(concurrent));
        when(queue.config.getOptionalValue(eq("headshots.selfies.longest-wait-seconds"), eq(Integer.class)))
                .thenReturn(Optional.of(longestWaitSeconds));
        queue.sized();
        return queue;
    }

    @Test
    void noMoreChecksRunAtOnceThanAllowedAndWhoeverWaitsSeesHowManyAreAhead() throws Exception {
        CheckQueue queue = queue(2, 60);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Future<String>> uploads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Username person = new Username("person" + i);
            uploads.add(uploaders.submit(() -> queue.inTurn(person, () -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                await(release);
                running.decrementAndGet();
                return person.value();
            })));
            waitUntil(() -> queue.waiting() + running.get() == uploads.size());
        }

        assertEquals(Optional.of(CheckTurn.CHECKING), queue.turnOf(new Username("person0")));
        assertEquals(Optional.of(CheckTurn.waiting(0)), queue.turnOf(new Username("person2")));
        assertEquals(Optional.of(CheckTurn.waiting(3)), queue.turnOf(new Username("person5")));
        assertEquals(Optional.empty(), queue.turnOf(new Username("nobody")));

        release.countDown();
        for (int i = 0; i < uploads.size(); i++) {
            assertEquals("person" + i, uploads.get(i).get(10, TimeUnit.SECONDS));
        }
        assertEquals(2, most.get());
        assertEquals(0, queue.waiting());
    }

    @Test
    void aPhotoThatWaitsLongerThanTheLongestWaitIsRefusedAndNothingIsChecked() throws Exception {
        CheckQueue queue = queue(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Integer> first = uploaders.submit(() -> queue.inTurn(new Username("a"), () -> {
            await(release);
            return 1;
        }));
        waitUntil(() -> queue.turnOf(new Username("a")).isPresent());

        FleetUnavailableException busy =
                assertThrows(FleetUnavailableException.class, () -> queue.inTurn(new Username("b"), () -> 2));

        assertEquals(0, queue.waiting());
        release.countDown();
        assertEquals(1, first.get(10, TimeUnit.SECONDS));
        assertEquals(3, queue.inTurn(new Username("b"), () -> 3), "its turn comes again once the queue moves");
        assert busy.getMessage().contains("Send it again");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
    }
}
