package org.headshots.interfaces.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScheduledRoundsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ScheduledRounds rounds =
            new ScheduledRounds(Executors.defaultThreadFactory(), Clock.systemDefaultZone());
    private CaughtLog log;

    @BeforeEach
    void listen() {
        log = CaughtLog.of(ScheduledRounds.class);
    }

    @AfterEach
    void stopAll() {
        rounds.stop();
        log.close();
    }

    @Test
    void roundsThatFailGoOnAtTheirTimeAndTheFailureIsLoggedOnceWithItsCauseThenTheRecovery() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch worked = new CountDownLatch(1);
        rounds.every("Launching runs", Duration.ofMillis(20), Duration.ofMinutes(1), () -> {
            if (calls.incrementAndGet() <= 5) {
                throw new IllegalStateException("the database is away");
            }
            worked.countDown();
        });

        assertTrue(worked.await(10, TimeUnit.SECONDS), "the rounds after five failures still run");
        assertTrue(awaitLogged(2), "" + log.records());
        LogRecord failure = log.records().get(0);
        assertEquals(Level.WARNING, failure.getLevel());
        assertEquals("Launching runs failed this round; it runs again in 20 ms", failure.getMessage());
        assertEquals("the database is away", failure.getThrown().getMessage());
        assertEquals(
                "Launching runs works again after 5 failed rounds",
                log.records().get(1).getMessage());
    }

    @Test
    void aRoundStillBusyWhenTheNextIsDueLetsItPassInsteadOfRunningTwice() throws Exception {
        AtomicInteger atOnce = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        rounds.every("Sending mail", Duration.ofMillis(10), Duration.ofMinutes(1), () -> {
            most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            sleep(100);
            atOnce.decrementAndGet();
            three.countDown();
        });

        assertTrue(three.await(10, TimeUnit.SECONDS));
        assertEquals(1, most.get(), "never two rounds at once");
    }

    @Test
    void stoppedRoundsRunNoMore() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        rounds.every("Making style samples", Duration.ofMillis(10), Duration.ofMinutes(1), calls::incrementAndGet);
        sleep(100);
        rounds.stop();
        sleep(50);
        int afterStop = calls.get();
        sleep(100);
        assertTrue(afterStop > 0);
        assertEquals(afterStop, calls.get());
    }

    @Test
    void aDailyRoundRunsWhenTheClockShowsItsTimeAndNotAgainThatDay() throws Exception {
        ZonedDateTime justBefore =
                LocalDateTime.of(2026, 12, 5, 3, 14, 59, 900_000_000).atZone(BERLIN);
        ScheduledRounds nightly =
                new ScheduledRounds(Executors.defaultThreadFactory(), Clock.fixed(justBefore.toInstant(), BERLIN));
        AtomicInteger sweeps = new AtomicInteger();
        try {
            nightly.dailyAt(
                    "Starting the retention sweep",
                    LocalTime.of(3, 15),
                    Duration.ofMinutes(1),
                    sweeps::incrementAndGet);
            sleep(1_000);
        } finally {
            nightly.stop();
        }
        assertEquals(1, sweeps.get());
    }

    @Test
    void theNextDailyTimeIsTodayUntilItHasComeThenTomorrowAcrossClockChanges() {
        LocalTime quarterPastThree = LocalTime.of(3, 15);
        assertEquals(Duration.ofHours(2).plusMinutes(15), untilNext(quarterPastThree, at(2026, 12, 5, 1, 0)));
        assertEquals(Duration.ofDays(1), untilNext(quarterPastThree, at(2026, 12, 5, 3, 15)));
        assertEquals(Duration.ofHours(23).plusMinutes(15), untilNext(quarterPastThree, at(2026, 12, 5, 4, 0)));
        assertEquals(
                Duration.ofHours(2).plusMinutes(15),
                untilNext(quarterPastThree, at(2026, 3, 29, 0, 0)),
                "the night the clocks go forward, 02:00 to 03:00 does not happen");
        assertEquals(
                Duration.ofHours(4).plusMinutes(15),
                untilNext(quarterPastThree, at(2026, 10, 25, 0, 0)),
                "the night the clocks go back, 02:00 to 03:00 happens twice");
    }

    private static Duration untilNext(LocalTime time, ZonedDateTime now) {
        return Duration.between(now, ScheduledRounds.nextAfter(time, now));
    }

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BERLIN);
    }

    private boolean awaitLogged(int count) throws InterruptedException {
        for (int i = 0; i < 200 && log.records().size() < count; i++) {
            Thread.sleep(50);
        }
        return log.records().size() >= count;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
