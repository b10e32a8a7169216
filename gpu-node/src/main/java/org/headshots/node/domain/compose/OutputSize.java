package org.headshots.node.domain.compose;

/** The size of the finished headshot in pixels. */
public record OutputSize(int width, int height) {

    public static final int MAX_SIDE = 4096;
    /** 4:5, the usual portrait ratio of headshot products. */
    public static final OutputSize DEFAULT = new OutputSize(1024, 1280);

    public OutputSize {
        if (width < 64 || height < 64 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("A headshot is 64 to " + MAX_SIDE + " pixels a side, not "
                    + width + "x" + height);
        }
    }
}
