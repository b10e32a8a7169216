package org.headshots.node.domain.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.IntUnaryOperator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

/** The measurements on the committed photos and edits of them; the numbers measured are printed. */
class PhotoQualityMeterTest {

    /** Above this tone residual a photo has colour of its own; below {@link #TONED_RESIDUAL} it is toned. */
    private static final double COLOUR_RESIDUAL = 8;

    private static final double TONED_RESIDUAL = 5;

    private final PhotoQualityMeter meter = new PhotoQualityMeter();

    @Test
    void aGreyPhotoHasNoColour() throws IOException {
        PhotoColour grey = meter.colour(load("camera.png"));
        PhotoColour astronaut = meter.colour(load("astronaut.png"));
        report("camera (grey)", grey);
        report("astronaut", astronaut);
        assertEquals(0, grey.colourfulness(), 0.5);
        assertEquals(0, grey.meanSaturation(), 0.005);
        assertEquals(0, grey.hueSpread(), 0.001);
        assertTrue(astronaut.colourfulness() > 20, "astronaut " + astronaut);
    }

    @Test
    void sepiaHasAFarSmallerHueSpreadThanTheOriginal() throws IOException {
        RgbPixels astronaut = load("astronaut.png");
        PhotoColour original = meter.colour(astronaut);
        PhotoColour sepia = meter.colour(map(astronaut, PhotoQualityMeterTest::sepia));
        report("astronaut sepia", sepia);
        assertTrue(
                sepia.hueSpread() < 10 && original.hueSpread() > 3 * sepia.hueSpread(),
                "sepia " + sepia + ", original " + original);
    }

    @Test
    void tonedPrintsHaveAlmostNoColourOnceBrightnessIsKnownHoweverSaturatedAndColourPhotosHaveMuch()
            throws IOException {
        StringBuilder failures = new StringBuilder();
        for (String name : new String[] {"astronaut.png", "chelsea.png", "coffee.png"}) {
            RgbPixels photo = load(name).fitWithin(PhotoQualityMeter.OVERVIEW_SIZE);
            PhotoColour original = meter.colour(photo);
            PhotoColour warm = meter.colour(map(photo, PhotoQualityMeterTest::warmer));
            report(name, original);
            report(name + " warmer", warm);
            assertTrue(original.toneResidual() > COLOUR_RESIDUAL, name + " " + original);
            assertTrue(warm.toneResidual() > COLOUR_RESIDUAL, name + " warmer " + warm);
            for (var tone : new java.util.LinkedHashMap<String, IntUnaryOperator>() {
                {
                    put("sepia", PhotoQualityMeterTest::sepia);
                    put("strong sepia", p -> toned(p, 0xc07830, 0.9));
                    put("cyanotype", p -> toned(p, 0x1f5fa8, 0.8));
                    put("split tone", PhotoQualityMeterTest::splitTone);
                }
            }.entrySet()) {
                PhotoColour toned = meter.colour(jpegRoundTrip(map(photo, tone.getValue()), 0.85f));
                report(name + " " + tone.getKey(), toned);
                failures.append(
                        toned.toneResidual() < TONED_RESIDUAL ? "" : name + " " + tone.getKey() + " " + toned + "\n");
            }
        }
        assertTrue(failures.isEmpty(), failures.toString());
        assertEquals(0, meter.colour(load("camera.png")).toneResidual(), 0.5);
    }

    @Test
    void aBlurredFaceIsClearlyLessSharp() throws IOException {
        RgbPixels astronaut = load("astronaut.png");
        FaceExposure sharp = meter.face(face(astronaut));
        FaceExposure blurred = meter.face(face(boxBlur(astronaut, 2)));
        FaceExposure blurredMore = meter.face(face(boxBlur(astronaut, 4)));
        System.out.printf(
                "QUALITY face sharpness: original %.3f, box blur r2 %.3f, r4 %.3f%n",
                sharp.sharpness(), blurred.sharpness(), blurredMore.sharpness());
        assertTrue(blurred.sharpness() < 0.6 * sharp.sharpness(), sharp + " vs " + blurred);
        assertTrue(blurredMore.sharpness() < blurred.sharpness(), blurred + " vs " + blurredMore);
    }

    @Test
    void sharpnessIsOnTheSameScaleForBigAndSmallCopiesOfAFace() throws IOException {
        RgbPixels face = face(load("astronaut.png"));
        FaceExposure asIs = meter.face(face);
        FaceExposure large = meter.face(face.resized(face.width() * 4, face.height() * 4));
        System.out.printf(
                "QUALITY face sharpness: %d px wide %.3f, %d px wide %.3f%n",
                face.width(), asIs.sharpness(), face.width() * 4, large.sharpness());
        assertEquals(asIs.sharpness(), large.sharpness(), 0.15);
    }

    @Test
    void darkenedAndBrightenedFacesShowInTheirExposure() throws IOException {
        RgbPixels astronaut = load("astronaut.png");
        FaceExposure original = meter.face(face(astronaut));
        FaceExposure dark = meter.face(face(map(astronaut, scale(0.25))));
        FaceExposure bright = meter.face(face(map(astronaut, scale(2.5))));
        report("original", original);
        report("darkened x0.25", dark);
        report("brightened x2.5", bright);
        assertTrue(dark.brightness() < 50 && dark.darkFraction() > 4 * original.darkFraction(), "dark " + dark);
        assertTrue(original.darkFraction() < 0.05 && original.brightFraction() < 0.05, "original " + original);
        assertTrue(bright.brightFraction() > 0.3 && bright.brightness() > 200, "bright " + bright);
    }

    @Test
    void theSamePictureHashesAlikeAndOthersDoNot() throws IOException {
        RgbPixels astronaut = load("astronaut.png");
        long hash = meter.dhash(astronaut);
        int reencoded = Long.bitCount(hash ^ meter.dhash(jpegRoundTrip(astronaut, 0.7f)));
        int halved = Long.bitCount(hash ^ meter.dhash(astronaut.resized(256, 256)));
        int camera = Long.bitCount(hash ^ meter.dhash(load("camera.png")));
        int coffee = Long.bitCount(hash ^ meter.dhash(load("coffee.png")));
        int chelsea = Long.bitCount(hash ^ meter.dhash(load("chelsea.png")));
        System.out.printf(
                "QUALITY dhash distance to astronaut: JPEG 0.7 %d, half size %d, camera %d, coffee %d, "
                        + "chelsea %d%n",
                reencoded, halved, camera, coffee, chelsea);
        assertTrue(reencoded <= 6 && halved <= 6, reencoded + ", " + halved);
        assertTrue(camera >= 20 && coffee >= 20 && chelsea >= 20, camera + ", " + coffee + ", " + chelsea);
    }

    @Test
    void resizingAveragesAreasAndKeepsFlatColoursExact() {
        int[] pixels = new int[40 * 30];
        java.util.Arrays.fill(pixels, 0x336699);
        RgbPixels flat = new RgbPixels(40, 30, pixels);
        for (RgbPixels resized : new RgbPixels[] {flat.resized(7, 5), flat.resized(97, 61), flat.fitWithin(16)}) {
            for (int p : resized.rgb()) {
                assertEquals(0x336699, p);
            }
        }
        assertEquals(16, flat.fitWithin(16).width());
        assertEquals(12, flat.fitWithin(16).height());
        RgbPixels stripes = new RgbPixels(4, 1, new int[] {0, 0xFFFFFF, 0, 0xFFFFFF});
        assertEquals(0x808080, stripes.resized(2, 1).at(0, 0)); // 127.5 rounds up
    }

    /** The astronaut's face box as the detector finds it (about x 180–270, y 60–180 in the 512 × 512 photo). */
    private static RgbPixels face(RgbPixels astronaut) {
        return astronaut.crop(178, 58, 94, 124);
    }

    private static void report(String what, PhotoColour colour) {
        System.out.printf(
                "QUALITY %s: colourfulness %.1f, mean saturation %.3f, hue spread %.1f°, tone residual" + " %.1f%n",
                what, colour.colourfulness(), colour.meanSaturation(), colour.hueSpread(), colour.toneResidual());
    }

    private static void report(String what, FaceExposure face) {
        System.out.printf(
                "QUALITY face %s: sharpness %.3f, brightness %.1f, dark %.3f, bright %.3f%n",
                what, face.sharpness(), face.brightness(), face.darkFraction(), face.brightFraction());
    }

    static RgbPixels load(String name) throws IOException {
        try (InputStream in = PhotoQualityMeterTest.class.getResourceAsStream("/photos/" + name)) {
            return pixels(ImageIO.read(in));
        }
    }

    private static RgbPixels pixels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return new RgbPixels(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    private static RgbPixels map(RgbPixels photo, IntUnaryOperator pixel) {
        int[] out = new int[photo.width() * photo.height()];
        for (int i = 0; i < out.length; i++) {
            out[i] = pixel.applyAsInt(photo.rgb()[i]);
        }
        return new RgbPixels(photo.width(), photo.height(), out);
    }

    private static IntUnaryOperator scale(double factor) {
        return p -> clamp(((p >> 16) & 0xff) * factor) << 16
                | clamp(((p >> 8) & 0xff) * factor) << 8
                | clamp((p & 0xff) * factor);
    }

    /** The classic sepia tone matrix. */
    private static int sepia(int p) {
        int r = (p >> 16) & 0xff;
        int g = (p >> 8) & 0xff;
        int b = p & 0xff;
        return clamp(0.393 * r + 0.769 * g + 0.189 * b) << 16
                | clamp(0.349 * r + 0.686 * g + 0.168 * b) << 8
                | clamp(0.272 * r + 0.534 * g + 0.131 * b);
    }

    /** A warm white balance, as under tungsten light: red up, blue down. */
    private static int warmer(int p) {
        return clamp(((p >> 16) & 0xff) * 1.12) << 16 | clamp(((p >> 8) & 0xff) * 1.0) << 8 | clamp((p & 0xff) * 0.78);
    }

    /** A print toned towards {@code tint} by {@code strength}: grey in the shadows, the tint in the mid-tones. */
    private static int toned(int p, int tint, double strength) {
        double y = ((p >> 16 & 0xff) * 0.299 + (p >> 8 & 0xff) * 0.587 + (p & 0xff) * 0.114) / 255;
        double[] t = {(tint >> 16 & 0xff) / 255.0, (tint >> 8 & 0xff) / 255.0, (tint & 0xff) / 255.0};
        int out = 0;
        for (double c : t) {
            double coloured = y < 0.5 ? 2 * y * c : 1 - 2 * (1 - y) * (1 - c);
            out = out << 8 | clamp(255 * (y + strength * (coloured - y)));
        }
        return out;
    }

    /** Split toning: blue-green shadows, orange highlights, as photo apps do it. */
    private static int splitTone(int p) {
        double y = ((p >> 16 & 0xff) * 0.299 + (p >> 8 & 0xff) * 0.587 + (p & 0xff) * 0.114);
        double warm = y / 255;
        return clamp(y + 40 * warm - 15 * (1 - warm)) << 16
                | clamp(y + 8 * warm) << 8
                | clamp(y - 35 * warm + 25 * (1 - warm));
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** Mean over the (2r + 1)² square around each pixel, clipped at the borders. */
    static RgbPixels boxBlur(RgbPixels photo, int r) {
        int w = photo.width();
        int h = photo.height();
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sr = 0;
                int sg = 0;
                int sb = 0;
                int n = 0;
                for (int yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++) {
                    for (int xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++) {
                        int p = photo.at(xx, yy);
                        sr += (p >> 16) & 0xff;
                        sg += (p >> 8) & 0xff;
                        sb += p & 0xff;
                        n++;
                    }
                }
                out[y * w + x] = (sr / n) << 16 | (sg / n) << 8 | (sb / n);
            }
        }
        return new RgbPixels(w, h, out);
    }

    private static RgbPixels jpegRoundTrip(RgbPixels photo, float quality) throws IOException {
        BufferedImage image = new BufferedImage(photo.width(), photo.height(), BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, photo.width(), photo.height(), photo.rgb(), 0, photo.width());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return pixels(ImageIO.read(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
