package org.headshots.node.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.headshots.node.domain.NodeRefusal;

/**
 * What the node keeps per job key, so that a request sent again with the same key (after a timeout,
 * a failover, a restart of the caller) joins or reuses the work instead of doing it twice. Entries
 * are kept for a retention period after their last use, and at most a bounded number of them.
 */
public final class JobLedger {

    private final Clock clock;
    private final Duration retention;
    private final int maxEntries;
    private final Map<JobKey, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    public JobLedger(Clock clock, Duration retention, int maxEntries) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("The ledger keeps at least one job, not " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /**
     * The result of the work {@code kind} under {@code key}, computed at most once while it succeeds: a request
     * sent again joins the computation under way or gets its result.
     *
     * @param callerGone polled while waiting for another request's computation
     * @throws NodeRefusal of kind invalid when the key was used for another kind of job
     */
    public <T> T once(JobKey key, String kind, Callable<T> compute, BooleanSupplier callerGone) throws Exception {
        @SuppressWarnings("unchecked")
        Once<T> once = state(key, kind, Once.class, Once::new);
        return once.get(compute, callerGone);
    }

    /**
     * The state kept for {@code key}, created by {@code create} on first use.
     *
     * @throws NodeRefusal of kind invalid when the key was used for another kind of job
     */
    public synchronized <S> S state(JobKey key, String kind, Class<S> type, Supplier<S> create) throws NodeRefusal {
        Instant now = clock.instant();
        forgetExpired(now);
        Entry entry = entries.get(key);
        if (entry == null) {
            entry = new Entry(kind, create.get(), now);
            entries.put(key, entry);
            trim();
        } else if (!entry.kind.equals(kind)) {
            throw NodeRefusal.invalid("job key " + key + " was already used for a " + entry.kind + " job; a " + kind
                    + " job needs a key of its own");
        }
        entry.lastUsed = now;
        return type.cast(entry.state);
    }

    /** Forgets the key; a job working under it sees {@link #cancelled} turn true. */
    public synchronized boolean cancel(JobKey key) {
        return entries.remove(key) != null;
    }

    /** Whether the state of {@code key} was cancelled since {@code state} was obtained. */
    public synchronized boolean cancelled(JobKey key, Object state) {
        Entry entry = entries.get(key);
        return entry == null || entry.state != state;
    }

    public synchronized int size() {
        return entries.size();
    }

    private void forgetExpired(Instant now) {
        Instant oldest = now.minus(retention);
        entries.values().removeIf(entry -> entry.lastUsed.isBefore(oldest));
    }

    private void trim() {
        Iterator<Entry> eldestFirst = entries.values().iterator();
        while (entries.size() > maxEntries && eldestFirst.hasNext()) {
            eldestFirst.next();
            eldestFirst.remove();
        }
    }

    private static final class Entry {
        private final String kind;
        private final Object state;
        private Instant lastUsed;

        Entry(String kind, Object state, Instant lastUsed) {
            this.kind = kind;
            this.state = state;
            this.lastUsed = lastUsed;
        }
    }
}
