package org.headshots.node.infrastructure.pipeline;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;

/** The photos under src/test/resources/photos, as TYPE_INT_RGB, and simple edits of them. */
final class TestPhotos {

    private TestPhotos() {}

    static BufferedImage load(String name) throws IOException {
        try (InputStream in = TestPhotos.class.getResourceAsStream("/photos/" + name)) {
            if (in == null) {
                throw new IOException("no test photo " + name);
            }
            BufferedImage image = ImageIO.read(in);
            return transformed(image, new AffineTransform(), image.getWidth(), image.getHeight());
        }
    }

    static BufferedImage transformed(BufferedImage photo, AffineTransform transform, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(photo, transform, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static BufferedImage mirrored(BufferedImage photo) {
        return transformed(
                photo, new AffineTransform(-1, 0, 0, 1, photo.getWidth(), 0), photo.getWidth(), photo.getHeight());
    }

    static BufferedImage upsideDown(BufferedImage photo) {
        return transformed(
                photo, new AffineTransform(1, 0, 0, -1, 0, photo.getHeight()), photo.getWidth(), photo.getHeight());
    }

    static BufferedImage scaled(BufferedImage photo, double factor) {
        return transformed(
                photo,
                AffineTransform.getScaleInstance(factor, factor),
                (int) Math.round(photo.getWidth() * factor),
                (int) Math.round(photo.getHeight() * factor));
    }

    static BufferedImage rotated(BufferedImage photo, double degrees, double centreX, double centreY) {
        return transformed(
                photo,
                AffineTransform.getRotateInstance(Math.toRadians(degrees), centreX, centreY),
                photo.getWidth(),
                photo.getHeight());
    }

    static BufferedImage grayscale(BufferedImage photo) {
        BufferedImage out = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                int p = photo.getRGB(x, y);
                int g = Math.round(0.299f * (p >> 16 & 0xFF) + 0.587f * (p >> 8 & 0xFF) + 0.114f * (p & 0xFF));
                out.setRGB(x, y, g << 16 | g << 8 | g);
            }
        }
        return out;
    }
}
