package org.headshots.node.domain.compose;

/**
 * A reproducible sequence of numbers (SplitMix64), written out so that it never depends on the JDK's
 * generators: the same seed gives the same numbers on every node and every Java version.
 */
public final class Draws {

    private long state;

    public Draws(long seed) {
        this.state = seed;
    }

    /** The next 64 random bits. */
    public long nextLong() {
        state += 0x9e3779b97f4a7c15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A value evenly spread over [0, 1). */
    public double unit() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A value evenly spread over [-max, max). */
    public double next(double max) {
        return (unit() * 2 - 1) * max;
    }

    /** A value evenly spread over [from, to). */
    public double between(double from, double to) {
        return from + unit() * (to - from);
    }
}
