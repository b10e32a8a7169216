package org.headshots.domain.run;

/**
 * Where a run's time went, in milliseconds: the identity build as the server waited for it, then, summed over
 * its headshots, the node's preparing of the references, compositing, checks and encoding, and the server's
 * storing, and the generate calls as the batch steps waited for them (node work, transfer, connector). The rest
 * of the run's wall time is spent outside these: in the batch runtime, the connector, the
 * network and waiting for a node.
 */
public final class RunTimings {

    private long identity;

    private long prepare;

    private long compose;

    private long check;

    private long encode;

    private long store;

    private long calls;

    private RunTimings() {
        // all zero
    }

    public RunTimings(long identity, long prepare, long compose, long check, long encode, long store) {
        this(identity, prepare, compose, check, encode, store, 0);
    }

    public RunTimings(long identity, long prepare, long compose, long check, long encode, long store, long calls) {
        if (identity < 0 || prepare < 0 || compose < 0 || check < 0 || encode < 0 || store < 0 || calls < 0) {
            throw new IllegalArgumentException("Times are zero or more");
        }
        this.identity = identity;
        this.prepare = prepare;
        this.compose = compose;
        this.check = check;
        this.encode = encode;
        this.store = store;
        this.calls = calls;
    }

    public static RunTimings none() {
        return new RunTimings();
    }

    public RunTimings plus(RunTimings other) {
        return new RunTimings(
                identity + other.identity,
                prepare + other.prepare,
                compose + other.compose,
                check + other.check,
                encode + other.encode,
                store + other.store,
                calls + other.calls);
    }

    public long identity() {
        return identity;
    }

    public long prepare() {
        return prepare;
    }

    public long compose() {
        return compose;
    }

    public long check() {
        return check;
    }

    public long encode() {
        return encode;
    }

    public long store() {
        return store;
    }

    public long calls() {
        return calls;
    }

    /** The node's own work on the headshots: preparing, compositing, checks, encoding. */
    public long nodeWork() {
        return prepare + compose + check + encode;
    }
}
