package org.headshots.node.infrastructure.compose;

/** An image as three planes of colour, 0 to 1, row-major: what the compositor paints and blends in. */
abstract class ColourPlanes {

    final int width;
    final int height;
    final float[] red;
    final float[] green;
    final float[] blue;

    ColourPlanes(int width, int height) {
        this.width = width;
        this.height = height;
        int n = width * height;
        red = new float[n];
        green = new float[n];
        blue = new float[n];
    }
}
