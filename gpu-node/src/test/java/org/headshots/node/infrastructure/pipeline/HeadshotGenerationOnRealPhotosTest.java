package org.headshots.node.infrastructure.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.headshots.node.application.GenerationOrder;
import org.headshots.node.application.Headshot;
import org.headshots.node.application.HeadshotChecksFailedException;
import org.headshots.node.application.HeadshotService;
import org.headshots.node.application.ImageUpscaler;
import org.headshots.node.application.JobKey;
import org.headshots.node.domain.NodeRefusal;
import org.headshots.node.domain.face.AnalyzedFace;
import org.headshots.node.domain.face.FivePoints;
import org.headshots.node.domain.face.PhotoAnalysis;
import org.headshots.node.domain.quality.RgbPixels;
import org.headshots.node.domain.quality.StretchMeter;
import org.headshots.node.infrastructure.DeviceProbe;
import org.headshots.node.infrastructure.OnnxRuntimeEngine;
import org.headshots.node.infrastructure.OnnxRuntimeEngine.ProviderChoice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Headshots generated end to end with the real models from skimage's astronaut: each output re-analysed by
 * the models and held to the framing rules, the checks, determinism and a clean JPEG.
 */
@Tag("model-pack")
class HeadshotGenerationOnRealPhotosTest {

    private static final String STYLE = "studio-grey";
    private static final int COUNT = 8;
    private static final long SEED = 1;

    private static OnnxRuntimeEngine engine;
    private static FacePipeline pipeline;
    private static HeadshotService service;
    private static byte[] astronautPng;
    private static float[] astronautIdentity;
    private static List<Headshot> made;

    @BeforeAll
    static void generate() throws Exception {
        engine = OnnxRuntimeEngine.start(ProviderChoice.AUTO, 0, new DeviceProbe());
        pipeline = FacePipeline.open(engine, StarterPack.models());
        pipeline.warmUp();
        service = OneSlotHeadshotService.over(pipeline, ImageUpscaler.bicubic());
        astronautPng = resource("astronaut.png");
        astronautIdentity = pipeline.analyze(TestPhotos.load("astronaut.png"))
                .faces()
                .get(0)
                .embedding()
                .values();
        made = generate("astronaut-" + STYLE, order(STYLE, COUNT, astronautIdentity, "", SEED), astronautPng, 0, 0);
        Path folder = Path.of("target", "generation-samples");
        Files.createDirectories(folder);
        for (Headshot headshot : made) {
            Files.write(folder.resolve(STYLE + "-" + headshot.index() + ".jpg"), headshot.jpeg());
            System.out.println(String.format(
                    Locale.ROOT,
                    "headshot %d: %dx%d upscaled %s, %d tries, identity %.3f, sharpness %.3f; prepare %d ms,"
                            + " compose %d ms, checks %d ms, encode %d ms",
                    headshot.index(),
                    headshot.width(),
                    headshot.height(),
                    headshot.upscaled(),
                    headshot.attempts(),
                    headshot.identitySimilarity(),
                    headshot.quality(),
                    headshot.times().prepare() / 1_000_000,
                    headshot.times().compose() / 1_000_000,
                    headshot.times().check() / 1_000_000,
                    headshot.times().encode() / 1_000_000));
        }
    }

    @AfterAll
    static void close() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void everyHeadshotReanalysedIsFramedHeadAndShoulders() throws Exception {
        assertEquals(COUNT, made.size());
        for (Headshot headshot : made) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(headshot.jpeg()));
            PhotoAnalysis analysis = pipeline.analyze(image);
            String what = "headshot " + headshot.index();
            assertEquals(1, analysis.faces().size(), what + ": " + analysis.faces());
            AnalyzedFace face = analysis.faces().get(0);
            FivePoints points = face.landmarks().fivePoints();
            double h = image.getHeight();
            double w = image.getWidth();
            double eyeLine = (points.leftEye().y() + points.rightEye().y()) / 2 / h;
            assertTrue(eyeLine >= 0.28 && eyeLine <= 0.42, what + ": eye line at " + eyeLine);
            assertTrue(
                    face.box().top() >= 0.05 * h,
                    what + ": face top at " + face.box().top() / h + " of the height");
            assertTrue(
                    Math.abs(face.box().centreX() - w / 2) <= 0.1 * w,
                    what + ": face centre at " + face.box().centreX() / w + " of the width");
        }
    }

    @Test
    void everyFourthIsSquareTheRestFourByFiveAndTheSmallSourceIsUpscaledTo1024() throws Exception {
        for (Headshot headshot : made) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(headshot.jpeg()));
            assertEquals(headshot.width(), image.getWidth());
            assertEquals(headshot.height(), image.getHeight());
            // the astronaut's face is about 120 px high: far fewer pixels than a headshot needs
            assertTrue(headshot.upscaled(), "headshot " + headshot.index());
            assertEquals(1024, headshot.width());
            assertEquals(headshot.index() % 4 == 3 ? 1024 : 1280, headshot.height(), "headshot " + headshot.index());
        }
    }

    @Test
    void everyHeadshotComesWithItsMatteAsAGreyPngOfItsSize() throws Exception {
        for (Headshot headshot : made) {
            BufferedImage matte = ImageIO.read(new ByteArrayInputStream(headshot.mattePng()));
            String what = "headshot " + headshot.index();
            assertEquals(headshot.width(), matte.getWidth(), what);
            assertEquals(headshot.height(), matte.getHeight(), what);
            assertEquals(1, matte.getRaster().getNumBands(), what);
            assertEquals(0, matte.getRaster().getSample(0, 0, 0), what + ": the corner is the backdrop");
            assertEquals(
                    255,
                    matte.getRaster().getSample(headshot.width() / 2, headshot.height() * 2 / 5, 0),
                    what + ": the face is the person");
        }
    }

    @Test
    void everyHeadshotPassedItsChecksAndSaysWhereTheTimeWent() {
        for (Headshot headshot : made) {
            String what = "headshot " + headshot.index();
            assertTrue(headshot.attempts() >= 1 && headshot.attempts() <= HeadshotService.MAX_ATTEMPTS, what);
            assertTrue(
                    headshot.identitySimilarity() >= GenerationOrder.DEFAULT_MIN_IDENTITY,
                    what + ": identity " + headshot.identitySimilarity());
            assertTrue(
                    headshot.times().compose() > 0
                            && headshot.times().check() > 0
                            && headshot.times().encode() > 0,
                    what + ": " + headshot.times());
            assertEquals(
                    headshot.times().compose()
                            + headshot.times().check()
                            + headshot.times().encode(),
                    headshot.workNanos());
        }
        assertTrue(made.get(0).times().prepare() > 0, "the first headshot carries the references' preparation");
        assertTrue(
                made.subList(1, COUNT).stream().allMatch(h -> h.times().prepare() == 0),
                "the preparation is reported once");
    }

    @Test
    void photosCutAtTheChestAndAtTheTieGiveHeadshotsWithNothingStretched() throws Exception {
        StretchMeter stretch = new StretchMeter();
        BufferedImage astronaut = TestPhotos.load("astronaut.png");
        // the astronaut ends at her chest (row 512); cut higher, at the collar (360) and above it (300)
        for (int rows : new int[] {astronaut.getHeight(), 360, 300}) {
            byte[] cut = jpeg(astronaut.getSubimage(0, 0, astronaut.getWidth(), rows));
            for (String style : new String[] {"linkedin-half-body", STYLE}) {
                // its own references' digest: the node keeps prepared references by it
                List<Headshot> out = generate(
                        "astronaut-cut-" + rows + "-" + style,
                        new GenerationOrder(
                                style,
                                4,
                                astronautIdentity,
                                "astronaut-cut-at-" + rows,
                                "",
                                11,
                                GenerationOrder.DEFAULT_MIN_IDENTITY),
                        cut,
                        0,
                        3);
                for (Headshot headshot : out) {
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(headshot.jpeg()));
                    double share = stretch.stretchedShare(new RgbPixels(
                            image.getWidth(),
                            image.getHeight(),
                            image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth())));
                    String what = "cut at row " + rows + ", " + style + " #" + headshot.index();
                    System.out.printf(
                            Locale.ROOT,
                            "CUT %s: stretched %.3f, identity %.3f, %d tries%n",
                            what,
                            share,
                            headshot.identitySimilarity(),
                            headshot.attempts());
                    assertTrue(share < StretchMeter.MAX_SHARE, what + ": stretched " + share);
                    assertTrue(
                            headshot.identitySimilarity() >= GenerationOrder.DEFAULT_MIN_IDENTITY,
                            what + ": identity " + headshot.identitySimilarity());
                    assertTrue(headshot.upscaled(), what + ": her face is far smaller than a headshot needs");
                }
            }
        }
    }

    @Test
    void theSameSeedAndIndexGiveTheSameBytesAndAnotherSeedOthers() throws Exception {
        GenerationOrder same = order(STYLE, COUNT, astronautIdentity, "", SEED);
        List<Headshot> again = generate("astronaut-again", same, astronautPng, 2, 4);
        assertArrayEquals(made.get(2).jpeg(), again.get(0).jpeg());
        assertArrayEquals(made.get(3).jpeg(), again.get(1).jpeg());
        List<Headshot> remake =
                generate("astronaut-remake", order(STYLE, COUNT, astronautIdentity, "", SEED + 1), astronautPng, 2, 3);
        assertFalse(java.util.Arrays.equals(made.get(2).jpeg(), remake.get(0).jpeg()));
    }

    @Test
    void aJobKeyReusedWithAnotherSeedOrColourIsRefused() {
        JobKey key = new JobKey("astronaut-" + STYLE);
        NodeRefusal seed = assertThrows(
                NodeRefusal.class,
                () -> service.generate(
                        key,
                        order(STYLE, COUNT, astronautIdentity, "", SEED + 5),
                        List.of(astronautPng),
                        0,
                        1,
                        h -> {},
                        () -> false));
        assertEquals(NodeRefusal.Kind.INVALID, seed.kind());
        NodeRefusal colour = assertThrows(
                NodeRefusal.class,
                () -> service.generate(
                        key,
                        order(STYLE, COUNT, astronautIdentity, "#112233", SEED),
                        List.of(astronautPng),
                        0,
                        1,
                        h -> {},
                        () -> false));
        assertEquals(NodeRefusal.Kind.INVALID, colour.kind());
    }

    @Test
    void aBrandColourOrderWithoutAColourIsRefusedBeforeAnyWork() {
        NodeRefusal e = assertThrows(
                NodeRefusal.class,
                () -> service.generate(
                        new JobKey("brand-without-colour"),
                        order("brand-colour", 2, new float[0], "", 0),
                        List.of(astronautPng),
                        0,
                        0,
                        h -> {},
                        () -> false));
        assertEquals(NodeRefusal.Kind.INVALID, e.kind());
        assertTrue(e.getMessage().contains("#RRGGBB"), e.getMessage());
    }

    @Test
    void aSelfieWithMetadataGivesAHeadshotWithNone() throws Exception {
        byte[] selfie = withSegment(
                withSegment(
                        withSegment(jpeg(TestPhotos.load("astronaut.png")), 0xE1, exif()),
                        0xE1,
                        ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'/>")
                                .getBytes(StandardCharsets.ISO_8859_1)),
                0xFE,
                "taken by a phone".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(segments(selfie).containsAll(Set.of(0xE1, 0xFE)), "the selfie carries EXIF, XMP and a comment");
        List<Headshot> out =
                generate("astronaut-exif", order("brand-colour", 1, astronautIdentity, "#1f4e79", 3), selfie, 0, 0);
        assertEquals(
                Set.of(0xE0),
                appAndCommentSegments(out.get(0).jpeg()),
                "only the JFIF header, no EXIF, XMP, ICC or comment");
        String text = new String(out.get(0).jpeg(), StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("Exif") || text.contains("xmpmeta") || text.contains("phone"));
    }

    @Test
    void aHeadshotThatFailsItsChecksFiveTimesFailsTheJobNamingTheCheckAndTheNumbers() throws Exception {
        float[] someoneElse = pipeline.analyze(TestPhotos.load("camera.png"))
                .faces()
                .get(0)
                .embedding()
                .values();
        HeadshotChecksFailedException e = assertThrows(
                HeadshotChecksFailedException.class,
                () -> generate("astronaut-as-someone-else", order(STYLE, 1, someoneElse, "", 0), astronautPng, 0, 0));
        assertTrue(
                e.getMessage().startsWith("headshot 0 of studio-grey failed its checks 5 times: identity 0."),
                e.getMessage());
        assertTrue(e.getMessage().contains(" < 0.80"), e.getMessage());
    }

    private static GenerationOrder order(String style, int count, float[] identity, String colour, long seed) {
        return new GenerationOrder(
                style, count, identity, "references-of-the-test", colour, seed, GenerationOrder.DEFAULT_MIN_IDENTITY);
    }

    private static List<Headshot> generate(String key, GenerationOrder order, byte[] reference, int from, int to)
            throws Exception {
        List<Headshot> out = new ArrayList<>();
        service.generate(new JobKey(key), order, List.of(reference), from, to, out::add, () -> false);
        return out;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HeadshotGenerationOnRealPhotosTest.class.getResourceAsStream("/photos/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "jpg", out));
        return out.toByteArray();
    }

    /** A big-endian EXIF block holding the orientation (1) and the camera maker. */
    private static byte[] exif() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(6 + 8 + 2 + 24 + 4 + 6);
        b.put(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        b.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        b.putShort((short) 2);
        b.putShort((short) 0x010F).putShort((short) 2).putInt(6).putInt(8 + 2 + 24 + 4); // Make, at the end
        b.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) 1)
                .putShort((short) 0);
        b.putInt(0);
        b.put("Phone\0".getBytes(StandardCharsets.ISO_8859_1));
        return b.array();
    }

    /** The JPEG with a segment (marker 0xFFnn, then the payload) inserted right after SOI. */
    private static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        byte[] out = new byte[jpeg.length + 4 + payload.length];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        out[2] = (byte) 0xFF;
        out[3] = (byte) marker;
        out[4] = (byte) ((payload.length + 2) >> 8);
        out[5] = (byte) (payload.length + 2);
        System.arraycopy(payload, 0, out, 6, payload.length);
        System.arraycopy(jpeg, 2, out, 6 + payload.length, jpeg.length - 2);
        return out;
    }

    /** The markers of the segments before the image data. */
    private static Set<Integer> segments(byte[] jpeg) {
        Set<Integer> markers = new TreeSet<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xDA) {
                break;
            }
            markers.add(marker);
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return markers;
    }

    private static Set<Integer> appAndCommentSegments(byte[] jpeg) {
        Set<Integer> kept = new TreeSet<>();
        for (int marker : segments(jpeg)) {
            if (marker >= 0xE0 && marker <= 0xEF || marker == 0xFE) {
                kept.add(marker);
            }
        }
        return kept;
    }
}
