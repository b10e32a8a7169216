package org.headshots.node.application;

/** Where the time on one photo went, in nanoseconds; a stage that did not run took 0. */
public record WorkTimes(long decode, long faces, long quality, long encode, long matte) {

    public WorkTimes {
        if (decode < 0 || faces < 0 || quality < 0 || encode < 0 || matte < 0) {
            throw new IllegalArgumentException("stage times must not be negative");
        }
    }

    public long total() {
        return decode + faces + quality + encode + matte;
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "decode %d ms, faces %d ms, quality %d ms, encode %d ms, matte %d ms",
                decode / 1_000_000,
                faces / 1_000_000,
                quality / 1_000_000,
                encode / 1_000_000,
                matte / 1_000_000);
    }
}
