package org.headshots.interfaces.batch;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The rounds of one scheduled task, never two at once: a round still busy when the next is due lets it pass.
 * A round busy for longer than it should ever take is reported once, with where its thread stands, so that
 * a task which stops doing its work says so in the log instead of going quiet.
 */
final class OneRoundAtATime {

    private static final Logger LOG = Logger.getLogger(OneRoundAtATime.class.getName());

    private final String task;
    private final Duration stuckAfter;
    private final LongSupplier nanoTime;
    private final AtomicReference<Round> running = new AtomicReference<>();

    OneRoundAtATime(String task, Duration stuckAfter) {
        this(task, stuckAfter, System::nanoTime);
    }

    OneRoundAtATime(String task, Duration stuckAfter, LongSupplier nanoTime) {
        if (stuckAfter.isNegative() || stuckAfter.isZero()) {
            throw new IllegalArgumentException("A round is stuck after a positive time, not " + stuckAfter);
        }
        this.task = task;
        this.stuckAfter = stuckAfter;
        this.nanoTime = nanoTime;
    }

    /** Runs the round unless one is still busy; says whether it ran. */
    boolean run(Runnable round) {
        Round mine = new Round(Thread.currentThread(), nanoTime.getAsLong());
        if (!running.compareAndSet(null, mine)) {
            reportIfStuck(running.get());
            return false;
        }
        try {
            round.run();
            return true;
        } finally {
            running.set(null);
        }
    }

    private void reportIfStuck(Round busy) {
        if (busy == null) {
            return;
        }
        Duration taken = Duration.ofNanos(nanoTime.getAsLong() - busy.startedAt());
        if (taken.compareTo(stuckAfter) > 0 && busy.reported().compareAndSet(false, true)) {
            String where = Arrays.stream(busy.thread().getStackTrace())
                    .map(frame -> "\tat " + frame)
                    .collect(Collectors.joining("\n"));
            LOG.severe(() -> task + " has been busy with one round for " + taken.toSeconds() + " s (thread "
                    + busy.thread().getName() + ", " + busy.thread().getState() + "); no other round starts until"
                    + " it ends. It stands at:\n" + where);
        }
    }

    private record Round(Thread thread, long startedAt, AtomicBoolean reported) {
        Round(Thread thread, long startedAt) {
            this(thread, startedAt, new AtomicBoolean());
        }
    }
}
