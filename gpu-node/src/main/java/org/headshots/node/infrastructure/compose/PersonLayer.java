package org.headshots.node.infrastructure.compose;

/** The person placed in the frame: colour channels and alpha, 0 to 1, row-major. */
final class PersonLayer extends ColourPlanes {

    final float[] alpha;

    PersonLayer(int width, int height) {
        super(width, height);
        alpha = new float[width * height];
    }
}
