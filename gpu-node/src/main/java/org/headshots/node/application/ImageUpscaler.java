package org.headshots.node.application;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Enlarges photos: a learned super-resolution model where the node has one (it draws detail a plain interpolation
 * cannot), plain bicubic interpolation otherwise. The same image and factor always give the same pixels. Safe to
 * call from several threads.
 */
public interface ImageUpscaler {

    /** The largest enlargement asked for. */
    double MAX_FACTOR = 4;

    /**
     * The image enlarged {@code factor} times (1 to {@value #MAX_FACTOR}): {@code round(width × factor)} ×
     * {@code round(height × factor)} pixels, TYPE_INT_RGB.
     */
    BufferedImage enlarge(BufferedImage image, double factor) throws Exception;

    /** What enlarges, for logs: e.g. {@code bicubic}. */
    String name();

    /** Plain bicubic interpolation, for nodes without an upscaling model. */
    static ImageUpscaler bicubic() {
        return Bicubic.INSTANCE;
    }

    /** Checks a factor and gives the enlarged size, width then height. */
    static int[] enlargedSize(BufferedImage image, double factor) {
        if (!(factor >= 1 && factor <= MAX_FACTOR)) {
            throw new IllegalArgumentException("An enlargement is 1 to " + MAX_FACTOR + " times, not " + factor);
        }
        return new int[] {(int) Math.round(image.getWidth() * factor), (int) Math.round(image.getHeight() * factor)};
    }

    /** Java 2D's bicubic interpolation. */
    final class Bicubic implements ImageUpscaler {
        private static final Bicubic INSTANCE = new Bicubic();

        private Bicubic() {}

        @Override
        public BufferedImage enlarge(BufferedImage image, double factor) {
            int[] size = enlargedSize(image, factor);
            BufferedImage out = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(image, 0, 0, size[0], size[1], null);
            } finally {
                g.dispose();
            }
            return out;
        }

        @Override
        public String name() {
            return "bicubic";
        }
    }
}
