package org.headshots.application.selfie;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.Config;
import org.headshots.application.FleetUnavailableException;
import org.headshots.domain.people.Username;

/**
 * Photos wait their turn for a check, first come first served, so that the nodes get as many at once as they
 * work on well ({@code headshots.selfies.concurrent-checks}, 4 by default) and no upload waits on a node's own
 * queue until its deadline. Whoever waits can see how many photos are ahead of theirs.
 */
@ApplicationScoped
public class CheckQueue {

    /** Something a check does that may find the photo unreadable. */
    @FunctionalInterface
    public interface Check<T> {
        T run() throws UnreadablePhotoException;
    }

    @Inject
    Config config;

    private Semaphore turns;
    private Duration longestWait;
    private final AtomicLong tickets = new AtomicLong();
    private final ConcurrentSkipListMap<Long, Username> waiting = new ConcurrentSkipListMap<>();
    private final Map<Username, AtomicInteger> checking = new ConcurrentHashMap<>();

    @PostConstruct
    void sized() {
        turns = new Semaphore(
                config.getOptionalValue("headshots.selfies.concurrent-checks", Integer.class)
                        .orElse(4),
                true);
        longestWait =
                Duration.ofSeconds(config.getOptionalValue("headshots.selfies.longest-wait-seconds", Integer.class)
                        .orElse(600));
    }

    /**
     * Runs the check once it is the photo's turn.
     *
     * @throws FleetUnavailableException when its turn does not come within the longest wait
     */
    public <T> T inTurn(Username person, Check<T> check) throws UnreadablePhotoException {
        long ticket = tickets.incrementAndGet();
        waiting.put(ticket, person);
        boolean turn;
        try {
            turn = turns.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(e);
        } finally {
            waiting.remove(ticket);
        }
        if (!turn) {
            throw busy(null);
        }
        AtomicInteger mine = checking.computeIfAbsent(person, who -> new AtomicInteger());
        mine.incrementAndGet();
        try {
            return check.run();
        } finally {
            if (mine.decrementAndGet() == 0) {
                checking.remove(person, mine);
            }
            turns.release();
        }
    }

    /** Where the person's first waiting photo stands, or that one of theirs is being checked; empty when neither. */
    public Optional<CheckTurn> turnOf(Username person) {
        for (Map.Entry<Long, Username> entry : waiting.entrySet()) {
            if (entry.getValue().equals(person)) {
                return Optional.of(
                        CheckTurn.waiting(waiting.headMap(entry.getKey()).size()));
            }
        }
        return checking.containsKey(person) ? Optional.of(CheckTurn.CHECKING) : Optional.empty();
    }

    /** How many photos wait for a check now. */
    public int waiting() {
        return waiting.size();
    }

    private FleetUnavailableException busy(Throwable cause) {
        return new FleetUnavailableException(
                "So many photos are waiting for a check that yours did not get its turn in " + longestWait.toMinutes()
                        + " minutes; nothing was saved. Send it again in a few minutes.",
                "the photo checks are busy",
                cause);
    }
}
