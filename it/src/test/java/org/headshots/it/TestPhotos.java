package org.headshots.it;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Photos for the selfie checks, made from the committed public-domain and CC0 photos (see
 * gpu-node/src/test/resources/photos/PROVENANCE.md): scaled up so that the face is as large as in a
 * phone selfie, and edited to produce one problem each.
 */
final class TestPhotos {

    private static final Path FOLDER = Path.of("../gpu-node/src/test/resources/photos");

    private TestPhotos() {
    }

    static BufferedImage read(String name) throws IOException {
        BufferedImage image = ImageIO.read(FOLDER.resolve(name).toFile());
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        return rgb;
    }

    /** The photo scaled by {@code factor} with bicubic interpolation. */
    static BufferedImage scaled(BufferedImage image, double factor) {
        int width = (int) Math.round(image.getWidth() * factor);
        int height = (int) Math.round(image.getHeight() * factor);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    static BufferedImage mirrored(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, new AffineTransform(-1, 0, 0, 1, image.getWidth(), 0), null);
        g.dispose();
        return out;
    }

    static BufferedImage grayscale(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luma = (int) Math.round(0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF)
                        + 0.114 * (rgb & 0xFF));
                out.setRGB(x, y, (luma << 16) | (luma << 8) | luma);
            }
        }
        return out;
    }

    static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A PNG that declares 20000 × 20000 pixels (400 megapixels) in a few hundred bytes. */
    static byte[] pngBomb() throws IOException {
        byte[] small = png(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB));
        // IHDR: length at 8, type at 12, width and height at 16..23, CRC of type and data at 29
        java.nio.ByteBuffer.wrap(small, 16, 8).putInt(20000).putInt(20000);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(small, 12, 17);
        java.nio.ByteBuffer.wrap(small, 29, 4).putInt((int) crc.getValue());
        return small;
    }
}
