package org.headshots.interfaces.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The scheduled rounds of the bean it is injected into, on threads of the application server's
 * {@code ManagedThreadFactory}; they stop when that bean is destroyed. Enterprise bean timers are not used:
 * Payara drops a periodic timer for good once a round and its one retry have failed, even when the round
 * caught its exception, so half a minute without the database stopped run launching and mail until the next
 * restart. Here a round that fails is logged and the next one runs at its time; a round still busy when the
 * next is due lets it pass and is reported once it is stuck ({@link OneRoundAtATime}).
 */
@Dependent
class ScheduledRounds {

    private static final Logger LOG = Logger.getLogger(ScheduledRounds.class.getName());
    /** After the first failure of a series, which is logged with its stack, one failure in this many is logged. */
    private static final int LOG_EVERY_NTH_FAILURE = 20;

    @Resource
    ManagedThreadFactory threads;

    private ScheduledExecutorService ticks;
    private ExecutorService workers;
    private Clock clock;

    ScheduledRounds() {}

    ScheduledRounds(ThreadFactory threads, Clock clock) {
        startOn(threads, clock);
    }

    @PostConstruct
    void start() {
        startOn(threads, Clock.systemDefaultZone());
    }

    private void startOn(ThreadFactory threads, Clock clock) {
        this.ticks = Executors.newSingleThreadScheduledExecutor(threads);
        this.workers = Executors.newCachedThreadPool(threads);
        this.clock = clock;
    }

    /** Runs the round every {@code period}, the first time one period from now. */
    void every(String task, Duration period, Duration stuckAfter, Runnable round) {
        Round guarded = new Round(task, "in " + inWords(period), stuckAfter, round);
        ticks.scheduleAtFixedRate(() -> hand(guarded), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the round every day when the clock shows {@code time} in the server's time zone. */
    void dailyAt(String task, LocalTime time, Duration stuckAfter, Runnable round) {
        scheduleAfter(new Round(task, "tomorrow at " + time, stuckAfter, round), time, ZonedDateTime.now(clock));
    }

    /** The next round is due after the one that ran, so a tick early by the clock's drift cannot run it twice. */
    private void scheduleAfter(Round round, LocalTime time, ZonedDateTime after) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime due = nextAfter(time, after.isAfter(now) ? after : now);
        try {
            ticks.schedule(
                    () -> {
                        hand(round);
                        scheduleAfter(round, time, due);
                    },
                    Duration.between(now, due).toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            LOG.fine(() -> round.task + " is not scheduled again: its rounds were stopped");
        }
    }

    /** The first moment after {@code after} when the clock shows {@code time}: today or tomorrow. */
    static ZonedDateTime nextAfter(LocalTime time, ZonedDateTime after) {
        ZonedDateTime today = after.toLocalDate().atTime(time).atZone(after.getZone());
        return today.isAfter(after)
                ? today
                : after.toLocalDate().plusDays(1).atTime(time).atZone(after.getZone());
    }

    /** Stops the rounds; one that is running is interrupted. */
    @PreDestroy
    void stop() {
        ticks.shutdownNow();
        workers.shutdownNow();
    }

    /** The round runs on a worker, so that the ticks keep coming while it is busy and a stuck one is noticed. */
    private void hand(Round round) {
        try {
            workers.execute(round::runOnce);
        } catch (RejectedExecutionException stopped) {
            LOG.fine(() -> round.task + " did not run: its rounds were stopped");
        }
    }

    private static String inWords(Duration period) {
        if (period.toSeconds() == 0) {
            return period.toMillis() + " ms";
        }
        return period.toMinutes() > 0 && period.toSecondsPart() == 0
                ? period.toMinutes() + " min"
                : period.toSeconds() + " s";
    }

    private static final class Round {

        private final String task;
        private final String next;
        private final OneRoundAtATime oneAtATime;
        private final Runnable work;
        private final AtomicInteger failedInARow = new AtomicInteger();

        Round(String task, String next, Duration stuckAfter, Runnable work) {
            this.task = task;
            this.next = next;
            this.oneAtATime = new OneRoundAtATime(task, stuckAfter);
            this.work = work;
        }

        void runOnce() {
            try {
                if (oneAtATime.run(work)) {
                    succeeded();
                }
            } catch (RuntimeException e) {
                failed(e);
            }
        }

        private void succeeded() {
            int failed = failedInARow.getAndSet(0);
            if (failed > 0) {
                LOG.info(() -> task + " works again after " + failed + " failed round" + (failed == 1 ? "" : "s"));
            }
        }

        private void failed(RuntimeException e) {
            int failed = failedInARow.incrementAndGet();
            if (failed == 1) {
                LOG.log(Level.WARNING, task + " failed this round; it runs again " + next, e);
            } else if (failed % LOG_EVERY_NTH_FAILURE == 0) {
                LOG.warning(() -> task + " has failed " + failed + " rounds in a row, the last with: " + e
                        + "; it runs again " + next);
            }
        }
    }
}
