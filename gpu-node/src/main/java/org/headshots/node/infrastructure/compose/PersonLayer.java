package org.headshots.node.infrastructure.compose;

/** The person placed in the frame: colour channels and alpha, 0 to 1, row-major. */
final class PersonLayer {

    final int width;
    final int height;
    final float[] red;
    final float[] green;
    final float[] blue;
    final float[] alpha;

    PersonLayer(int width, int height) {
        this.width = width;
        this.height = height;
        int n = width * height;
        red = new float[n];
        green = new float[n];
        blue = new float[n];
        alpha = new float[n];
    }
}
