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

    private TestPhotos() {}

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
                int luma = (int)
                        Math.round(0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF));
                out.setRGB(x, y, (luma << 16) | (luma << 8) | luma);
            }
        }
        return out;
    }

    /**
     * A print toned towards {@code tint} (0xRRGGBB) by {@code strength} 0..1, as sepia or cyanotype: grey shadows and
     * highlights, the tint in the mid-tones.
     */
    static BufferedImage toned(BufferedImage image, int tint, double strength) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        double[] t = {(tint >> 16 & 0xFF) / 255.0, (tint >> 8 & 0xFF) / 255.0, (tint & 0xFF) / 255.0};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double luma = (0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF)) / 255;
                int toned = 0;
                for (double c : t) {
                    double coloured = luma < 0.5 ? 2 * luma * c : 1 - 2 * (1 - luma) * (1 - c);
                    toned = toned << 8
                            | (int) Math.round(255 * Math.max(0, Math.min(1, luma + strength * (coloured - luma))));
                }
                out.setRGB(x, y, toned);
            }
        }
        return out;
    }

    /** A warm white balance, as under tungsten light: red up, blue down. */
    static BufferedImage warmer(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (int) Math.min(255, (rgb >> 16 & 0xFF) * 1.12);
                int b = (int) ((rgb & 0xFF) * 0.78);
                out.setRGB(x, y, r << 16 | (rgb & 0xFF00) | b);
            }
        }
        return out;
    }

    /** Two photos side by side. */
    static BufferedImage sideBySide(BufferedImage left, BufferedImage right) {
        BufferedImage out = new BufferedImage(
                left.getWidth() + right.getWidth(),
                Math.max(left.getHeight(), right.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(left, 0, 0, null);
        g.drawImage(right, left.getWidth(), 0, null);
        g.dispose();
        return out;
    }

    /** Every pixel's channels multiplied by {@code factor}. */
    static BufferedImage exposed(BufferedImage image, double factor) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (int) Math.min(255, ((rgb >> 16) & 0xFF) * factor);
                int g = (int) Math.min(255, ((rgb >> 8) & 0xFF) * factor);
                int b = (int) Math.min(255, (rgb & 0xFF) * factor);
                out.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return out;
    }

    /** Blurred as by a lens out of focus: the photo scaled down by {@code factor} and back up. */
    static BufferedImage blurred(BufferedImage image, double factor) {
        BufferedImage small = scaled(image, 1 / factor);
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(small, 0, 0, image.getWidth(), image.getHeight(), null);
        g.dispose();
        return out;
    }

    static BufferedImage cropped(BufferedImage image, int x, int y, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        out.getGraphics().drawImage(image.getSubimage(x, y, width, height), 0, 0, null);
        return out;
    }

    /** The photo turned a quarter to the left, with the EXIF tag (orientation 6) that tells viewers to turn it back. */
    static byte[] sidewaysWithExif(BufferedImage image) throws IOException {
        BufferedImage turned = new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.drawImage(image, new AffineTransform(0, -1, 1, 0, 0, image.getWidth()), null);
        g.dispose();
        byte[] jpeg = jpeg(turned);
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0};
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
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
