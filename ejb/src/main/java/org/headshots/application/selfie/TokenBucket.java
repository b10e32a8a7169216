package org.headshots.application.selfie;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * So many uploads at once, then so many a minute: full at first, each upload takes a token, and tokens come back
 * one by one at the steady rate. Not thread-safe: its owner takes it under a lock.
 */
final class TokenBucket {

    /** What one token takes to come back, and the whole bucket: counted in nanoseconds, so nothing rounds. */
    private final long perToken;

    private final long full;
    private long credit;
    private Instant updated;

    TokenBucket(int capacity, int perMinute, Instant now) {
        if (capacity < 1 || perMinute < 1) {
            throw new IllegalArgumentException("A bucket holds at least one token and gets at least one a minute, not "
                    + capacity + " and " + perMinute);
        }
        this.perToken = Duration.ofMinutes(1).toNanos() / perMinute;
        this.full = perToken * capacity;
        this.credit = full;
        this.updated = now;
    }

    /** Takes a token; with none left, how long until the next one comes and nothing is taken. */
    Optional<Duration> take(Instant now) {
        fill(now);
        if (credit >= perToken) {
            credit -= perToken;
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(perToken - credit));
    }

    /** Whether it is full again at that moment: whoever owns it may forget it then. */
    boolean fullAt(Instant now) {
        fill(now);
        return credit >= full;
    }

    private void fill(Instant now) {
        if (now.isAfter(updated)) {
            long gained = Duration.between(updated, now).toNanos();
            credit = gained >= full - credit ? full : credit + gained;
            updated = now;
        }
    }
}
