package org.headshots.node.infrastructure.compose;

import org.headshots.node.domain.compose.Backdrop;

/**
 * A backdrop's blend worked out on a coarse grid and interpolated in between: backdrops are smooth,
 * and working out trigonometry for every pixel of every headshot costs more than the rest of the
 * backdrop put together.
 */
final class BackdropBlend {

    private static final int CELL = 8;

    private final int columns;
    private final float[] grid;

    BackdropBlend(Backdrop backdrop, double angleDegrees, int width, int height) {
        columns = width / CELL + 2;
        int rows = height / CELL + 2;
        grid = new float[columns * rows];
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                grid[j * columns + i] =
                        (float) backdrop.blendAt((i * CELL + 0.5) / width, (j * CELL + 0.5) / height, angleDegrees);
            }
        }
    }

    /** The blend at pixel (x, y). */
    float at(int x, int y) {
        int i = x / CELL;
        int j = y / CELL;
        float fx = (x % CELL) / (float) CELL;
        float fy = (y % CELL) / (float) CELL;
        int k = j * columns + i;
        float top = grid[k] + (grid[k + 1] - grid[k]) * fx;
        float bottom = grid[k + columns] + (grid[k + columns + 1] - grid[k + columns]) * fx;
        return top + (bottom - top) * fy;
    }
}
