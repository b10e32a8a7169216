package org.headshots.node.infrastructure.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Locale;
import org.headshots.node.application.ImageUpscaler;
import org.headshots.node.infrastructure.DeviceProbe;
import org.headshots.node.infrastructure.OnnxRuntimeEngine;
import org.headshots.node.infrastructure.OnnxRuntimeEngine.ProviderChoice;
import org.headshots.node.infrastructure.image.PackedPixels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The starter pack's Real-ESRGAN model, converted from ncnn at install time, on a real photo. */
@Tag("model-pack")
class RealEsrganUpscalerTest {

    private static OnnxRuntimeEngine engine;
    private static RealEsrganUpscaler upscaler;
    /** The astronaut's face and hair, 256 × 256 pixels of the 512 × 512 photo. */
    private static BufferedImage face;

    @BeforeAll
    static void open() throws Exception {
        engine = OnnxRuntimeEngine.start(ProviderChoice.AUTO, 0, new DeviceProbe());
        upscaler = RealEsrganUpscaler.open(engine, model());
        upscaler.warmUp();
        BufferedImage astronaut = TestPhotos.load("astronaut.png");
        face = copy(astronaut.getSubimage(100, 0, 256, 256));
    }

    @AfterAll
    static void close() throws Exception {
        if (upscaler != null) {
            upscaler.close();
        }
    }

    static ModelFile model() {
        return new ModelFile(
                RealEsrganUpscaler.ROLE,
                RealEsrganUpscaler.FAMILY,
                StarterPack.folder().resolve("realesrgan_x4v3.onnx"));
    }

    @Test
    void bringsBackMoreOfAFaceShrunkFourTimesThanBicubicDoes() throws Exception {
        BufferedImage small = shrink(face, 4);
        BufferedImage learned = upscaler.enlarge(small, 4);
        BufferedImage bicubic = ImageUpscaler.bicubic().enlarge(small, 4);
        assertEquals(256, learned.getWidth());
        assertEquals(256, learned.getHeight());

        double learnedPsnr = psnr(face, learned);
        double bicubicPsnr = psnr(face, bicubic);
        double original = gradientEnergy(face);
        double learnedEnergy = gradientEnergy(learned);
        double bicubicEnergy = gradientEnergy(bicubic);
        System.out.printf(
                Locale.ROOT,
                "x4 of a 64 px face: PSNR Real-ESRGAN %.2f dB, bicubic %.2f dB; gradient energy"
                        + " original %.1f, Real-ESRGAN %.1f, bicubic %.1f%n",
                learnedPsnr,
                bicubicPsnr,
                original,
                learnedEnergy,
                bicubicEnergy);
        // measured: PSNR 23.6 against 25.7 dB, gradient energy 359 against 72 (the original's: 403)
        assertTrue(
                Math.abs(learnedEnergy - original) < 0.3 * original,
                "the learned enlargement has about as much edge and texture as the original");
        assertTrue(learnedEnergy > 3 * bicubicEnergy, "far sharper than bicubic");
        // a GAN-trained model draws plausible texture rather than the exact pixels, so its PSNR is a little lower
        // than bicubic's smooth average; a wrong conversion (channels or pixels out of order) falls far below
        assertTrue(learnedPsnr > 22 && learnedPsnr > bicubicPsnr - 3, "close to the original: " + learnedPsnr);
    }

    @Test
    void tilesMeetWithoutSeams() throws Exception {
        BufferedImage photo = copy(TestPhotos.load("astronaut.png").getSubimage(60, 40, 200, 150));
        try (RealEsrganUpscaler small = new RealEsrganUpscaler(
                        engine.environment(), engine.open(java.nio.file.Files.readAllBytes(model().file())), 64, 16);
                RealEsrganUpscaler whole = new RealEsrganUpscaler(
                        engine.environment(),
                        engine.open(java.nio.file.Files.readAllBytes(model().file())),
                        1024,
                        16)) {
            for (double factor : new double[] {4, 2.5}) {
                BufferedImage tiled = small.enlarge(photo, factor);
                BufferedImage untiled = whole.enlarge(photo, factor);
                int[] a = PackedPixels.of(tiled);
                int[] b = PackedPixels.of(untiled);
                assertEquals(b.length, a.length);
                int worst = 0;
                double sum = 0;
                for (int i = 0; i < a.length; i++) {
                    for (int shift = 0; shift <= 16; shift += 8) {
                        int d = Math.abs((a[i] >> shift & 0xFF) - (b[i] >> shift & 0xFF));
                        worst = Math.max(worst, d);
                        sum += d;
                    }
                }
                double mean = sum / (3.0 * a.length);
                System.out.printf(
                        Locale.ROOT,
                        "x%.1f in 64 px tiles against one run: largest difference %d, mean" + " %.4f levels%n",
                        factor,
                        worst,
                        mean);
                assertTrue(worst <= 8 && mean < 0.1, "largest " + worst + ", mean " + mean);
            }
        }
    }

    @Test
    void givesTheAskedSizeAndTheSamePixelsEveryTime() throws Exception {
        BufferedImage first = upscaler.enlarge(face, 1.7);
        assertEquals(435, first.getWidth());
        assertEquals(435, first.getHeight());
        assertArrayEquals(PackedPixels.of(first), PackedPixels.of(upscaler.enlarge(face, 1.7)));
        assertArrayEquals(PackedPixels.of(face), PackedPixels.of(upscaler.enlarge(face, 1)));
        assertThrows(IllegalArgumentException.class, () -> upscaler.enlarge(face, 4.5));
        // below four times, the learned ×4 result made smaller: close to it shrunk with a plain filter
        BufferedImage viaFour = shrinkTo(upscaler.enlarge(face, 4), 435);
        assertTrue(psnr(viaFour, first) > 30, "PSNR " + psnr(viaFour, first));
    }

    // ---- measures

    static double psnr(BufferedImage a, BufferedImage b) {
        int[] p = PackedPixels.of(a);
        int[] q = PackedPixels.of(b);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                double d = (p[i] >> shift & 0xFF) - (q[i] >> shift & 0xFF);
                sum += d * d;
            }
        }
        double mse = sum / (3.0 * p.length);
        return 10 * Math.log10(255 * 255 / Math.max(mse, 1e-9));
    }

    /** Mean squared luma difference between neighbours across and down: how much edge and texture there is. */
    static double gradientEnergy(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] p = PackedPixels.of(image);
        double sum = 0;
        for (int y = 0; y < h - 1; y++) {
            for (int x = 0; x < w - 1; x++) {
                double l = luma(p[y * w + x]);
                double dx = luma(p[y * w + x + 1]) - l;
                double dy = luma(p[(y + 1) * w + x]) - l;
                sum += dx * dx + dy * dy;
            }
        }
        return sum / ((w - 1.0) * (h - 1));
    }

    private static double luma(int p) {
        return 0.299 * (p >> 16 & 0xFF) + 0.587 * (p >> 8 & 0xFF) + 0.114 * (p & 0xFF);
    }

    /** The mean of each n × n block, as a camera with fewer pixels would have seen it. */
    static BufferedImage shrink(BufferedImage image, int n) {
        int w = image.getWidth() / n;
        int h = image.getHeight() / n;
        int[] p = PackedPixels.of(image);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int j = 0; j < n; j++) {
                    for (int i = 0; i < n; i++) {
                        int q = p[(y * n + j) * image.getWidth() + x * n + i];
                        r += q >> 16 & 0xFF;
                        g += q >> 8 & 0xFF;
                        b += q & 0xFF;
                    }
                }
                int c = n * n;
                out.setRGB(x, y, (r + c / 2) / c << 16 | (g + c / 2) / c << 8 | (b + c / 2) / c);
            }
        }
        return out;
    }

    private static BufferedImage shrinkTo(BufferedImage image, int size) {
        return TestPhotos.transformed(
                image,
                java.awt.geom.AffineTransform.getScaleInstance(
                        (double) size / image.getWidth(), (double) size / image.getHeight()),
                size,
                size);
    }

    static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        out.getGraphics().drawImage(image, 0, 0, null);
        return out;
    }
}
