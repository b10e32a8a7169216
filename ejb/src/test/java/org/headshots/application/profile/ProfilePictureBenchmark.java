package org.headshots.application.profile;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.headshots.application.gallery.HeadshotImages;
import org.headshots.benchmark.HeapPeaks;
import org.headshots.domain.profile.Background;
import org.headshots.domain.profile.BorderColour;
import org.headshots.domain.profile.LogoCorner;
import org.headshots.domain.profile.ProfilePictureTemplate;
import org.headshots.domain.profile.Shape;

/**
 * Time and heap of making N profile pictures as the team ZIP and the downloads make each one: decode the stored
 * 1024×1280 headshot (JPEG) and its matte (grey PNG), render the template (a 600 px circle on the brand colour
 * with a border and a logo), encode the PNG. Decrypting the files is left out. Run it in a JVM with a small heap
 * (see BENCHMARKS.md).
 */
public final class ProfilePictureBenchmark {

    private ProfilePictureBenchmark() {}

    public static void main(String[] args) throws Exception {
        int pictures = Integer.parseInt(args[0]);
        byte[] headshot = encoded(headshot(), "jpeg");
        byte[] matte = encoded(matte(), "png");
        byte[] logo = encoded(logo(), "png");
        ProfilePictureTemplate template = new ProfilePictureTemplate(
                Shape.CIRCLE, 600, false, Background.BRAND, 8, BorderColour.WHITE, LogoCorner.BOTTOM_RIGHT);
        ProfilePictureRenderer renderer = new ProfilePictureRenderer();
        long[] millis = new long[pictures];
        long bytes = 0;
        HeapPeaks.reset();
        long start = System.nanoTime();
        for (int i = 0; i < pictures; i++) {
            long one = System.nanoTime();
            bytes += renderer.render(
                            HeadshotImages.decode(headshot),
                            Optional.of(HeadshotImages.decode(matte)),
                            template,
                            Optional.of(Color.decode("#1a4b8c")),
                            Optional.of(HeadshotImages.decode(logo)))
                    .png()
                    .length;
            millis[i] = (System.nanoTime() - one) / 1_000_000;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(millis);
        System.out.printf(
                "%,d profile pictures (600 px circle, brand colour, border, logo): %.1f s, median %d ms,"
                        + " p95 %d ms, %,d bytes of PNG each; %s%n",
                pictures,
                seconds,
                millis[pictures / 2],
                millis[Math.min(pictures - 1, pictures * 95 / 100)],
                bytes / pictures,
                HeapPeaks.report());
    }

    private static BufferedImage headshot() {
        BufferedImage image = new BufferedImage(1024, 1280, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x8a9199), 1024, 1280, new Color(0x4b5563)));
        g.fillRect(0, 0, 1024, 1280);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xd9a88a));
        g.fillOval(362, 260, 300, 400);
        g.setColor(new Color(0x1f2937));
        g.fillRoundRect(160, 640, 704, 700, 300, 300);
        g.dispose();
        return image;
    }

    private static BufferedImage matte() {
        BufferedImage matte = new BufferedImage(1024, 1280, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = matte.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillOval(362, 260, 300, 400);
        g.fillRoundRect(160, 640, 704, 700, 300, 300);
        g.dispose();
        return matte;
    }

    private static BufferedImage logo() {
        BufferedImage logo = new BufferedImage(400, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(new Color(0xe11d48));
        g.fillRoundRect(0, 0, 400, 200, 60, 60);
        g.dispose();
        return logo;
    }

    private static byte[] encoded(BufferedImage image, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
