package org.headshots.node.domain.compose;

/** The shape of a headshot: the variants of one order mix portrait 4:5 with square, every fourth square. */
public enum Aspect {

    /** 4:5, the usual portrait ratio of headshot products. */
    PORTRAIT(4, 5),
    /** 1:1, for profile pictures. */
    SQUARE(1, 1);

    private final int across;
    private final int down;

    Aspect(int across, int down) {
        this.across = across;
        this.down = down;
    }

    /** Headshots 3, 7, 11, ... are square, the others portrait. */
    public static Aspect forIndex(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("A headshot index is 0 or more, not " + index);
        }
        return index % 4 == 3 ? SQUARE : PORTRAIT;
    }

    /** Width over height. */
    public double ratio() {
        return (double) across / down;
    }
}
