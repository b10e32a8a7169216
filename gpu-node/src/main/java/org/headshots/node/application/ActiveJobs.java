package org.headshots.node.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The jobs a node is working on now, for operators to see. */
public final class ActiveJobs {

    private final Clock clock;
    private final ConcurrentHashMap<Tracked, Boolean> active = new ConcurrentHashMap<>();

    public ActiveJobs(Clock clock) {
        this.clock = clock;
    }

    /** Starts tracking a job; close the handle when the job ends. */
    public Tracked start(String jobKey, String kind, int total) {
        Tracked tracked = new Tracked(jobKey, kind, clock.instant(), total);
        active.put(tracked, Boolean.TRUE);
        return tracked;
    }

    public List<ActiveJob> list() {
        Instant now = clock.instant();
        return active.keySet().stream()
                .sorted(Comparator.comparing(t -> t.started))
                .map(t -> new ActiveJob(t.jobKey, t.kind, Duration.between(t.started, now), t.done.get(), t.total))
                .toList();
    }

    /** One job as an operator sees it. */
    public record ActiveJob(String jobKey, String kind, Duration running, int done, int total) {}

    /** A job being tracked. */
    public final class Tracked implements AutoCloseable {

        private final String jobKey;
        private final String kind;
        private final Instant started;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();

        private Tracked(String jobKey, String kind, Instant started, int total) {
            this.jobKey = jobKey;
            this.kind = kind;
            this.started = started;
            this.total = total;
        }

        public void done(int count) {
            done.set(count);
        }

        @Override
        public void close() {
            active.remove(this);
        }
    }
}
