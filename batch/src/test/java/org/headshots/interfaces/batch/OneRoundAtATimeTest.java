package org.headshots.interfaces.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OneRoundAtATimeTest {

    private final AtomicLong now = new AtomicLong();
    private final OneRoundAtATime rounds = new OneRoundAtATime("Sending mail", Duration.ofMinutes(2), now::get);
    private CaughtLog log;

    @BeforeEach
    void listen() {
        log = CaughtLog.of(OneRoundAtATime.class);
    }

    @AfterEach
    void stopListening() {
        log.close();
    }

    @Test
    void roundsOneAfterAnotherAllRun() {
        List<Integer> ran = new ArrayList<>();
        assertTrue(rounds.run(() -> ran.add(1)));
        assertTrue(rounds.run(() -> ran.add(2)));
        assertEquals(List.of(1, 2), ran);
    }

    @Test
    void aRoundThatFailsLetsTheNextOneRun() {
        assertThrows(
                IllegalStateException.class,
                () -> rounds.run(() -> {
                    throw new IllegalStateException("the database is away");
                }));
        assertTrue(rounds.run(() -> {}));
    }

    @Test
    void aRoundDueWhileOneIsBusyPassesAndAStuckOneIsReportedOnceWithWhereItStands() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = new Thread(
                () -> rounds.run(() -> {
                    started.countDown();
                    awaitQuietly(release);
                }),
                "mail-round");
        busy.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));

        now.addAndGet(Duration.ofSeconds(30).toNanos());
        assertFalse(rounds.run(() -> {
            throw new AssertionError("two rounds at once");
        }));
        assertTrue(log.records().isEmpty(), "half a minute is not stuck yet");

        now.addAndGet(Duration.ofMinutes(2).toNanos());
        assertFalse(rounds.run(() -> {}));
        assertFalse(rounds.run(() -> {}));
        assertEquals(1, log.records().size(), "reported once, not every five seconds");
        LogRecord report = log.records().get(0);
        assertEquals(Level.SEVERE, report.getLevel());
        assertTrue(
                report.getMessage()
                        .startsWith("Sending mail has been busy with one round for 150 s (thread mail-round"),
                report.getMessage());
        assertTrue(report.getMessage().contains("awaitQuietly"), "says where the round stands: " + report.getMessage());

        release.countDown();
        busy.join(10_000);
        assertTrue(rounds.run(() -> {}), "once the round ends, the next one runs");
    }

    @Test
    void aRoundIsStuckOnlyAfterAPositiveTime() {
        assertThrows(IllegalArgumentException.class, () -> new OneRoundAtATime("x", Duration.ZERO));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
