package org.headshots.gpu.rar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.headshots.gpu.api.AnalysisOptions;
import org.headshots.gpu.api.FaceResult;
import org.headshots.gpu.api.GeneratedHeadshot;
import org.headshots.gpu.api.GenerationRequest;
import org.headshots.gpu.api.GpuConnection;
import org.headshots.gpu.api.GpuConnectionFactory;
import org.headshots.gpu.api.GpuNodeException;
import org.headshots.gpu.api.IdentityResult;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.api.NodeAddress;
import org.headshots.gpu.api.NodeInfo;
import org.headshots.gpu.api.NodeState;
import org.headshots.gpu.api.PhotoAnalysisResult;
import org.headshots.gpu.api.PhotoQualityResult;
import org.headshots.gpu.api.RequestRejectedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector against two real GPU node processes with the starter pack: photo analysis, identity
 * building, and a generation whose node is killed (SIGKILL) in the middle of its stream.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("model-pack")
class FleetWorkTest {

    @TempDir
    static Path logs;

    private static NodeProcess first;
    private static NodeProcess second;
    private static GpuResourceAdapter adapter;
    private static GpuConnectionFactory factory;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        TestFleet.useSecret();
        first = NodeProcess.start(TestFleet.packs(), TestFleet.SECRET_TEXT, logs, "--max-concurrent-jobs", "1");
        second = NodeProcess.start(TestFleet.packs(), TestFleet.SECRET_TEXT, logs, "--max-concurrent-jobs", "1");
        adapter = new GpuResourceAdapter();
        adapter.setNodeAddresses(first.address() + "," + second.address());
        adapter.start(null);
        GpuManagedConnectionFactory managed = new GpuManagedConnectionFactory();
        managed.setResourceAdapter(adapter);
        factory = (GpuConnectionFactory) managed.createConnectionFactory();
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (adapter != null) {
            adapter.stop();
        }
        for (NodeProcess node : new NodeProcess[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void listsPacksModelsLicencesAndStyles() {
        try (GpuConnection connection = factory.getConnection()) {
            NodeInfo info = connection.nodes().get(0);
            assertEquals(NodeState.UP, info.state(), info.problem());
            assertEquals("starter", info.packs().get(0).name());
            assertTrue(info.packs().get(0).evaluationOnly());
            assertTrue(
                    info.roles()
                            .containsAll(List.of(
                                    "face-detection",
                                    "face-landmarks-68",
                                    "identity-embedding",
                                    "eye-state",
                                    "head-pose",
                                    "portrait-matting")),
                    info.roles().toString());
            assertTrue(
                    info.models().stream()
                            .allMatch(m -> m.sha256().length() == 64
                                    && !m.licence().isBlank()
                                    && !m.source().isBlank()),
                    info.models().toString());
            assertFalse(info.styles().isEmpty());
        }
    }

    @Test
    @Order(2)
    void analysesAPhotoThroughTheConnector() throws Exception {
        PhotoAnalysisResult result;
        try (GpuConnection connection = factory.getConnection()) {
            result = connection.analyze(new JobKey("analyze-astronaut"), TestFleet.photo("astronaut.png"), false);
        }
        assertEquals(512, result.width());
        assertEquals(1, result.faces().size());
        FaceResult face = result.faces().get(0);
        assertTrue(Math.abs((face.left() + face.right()) / 2 - 225) < 25, "box " + face);
        assertEquals(136, face.landmarks().length);
        assertEquals(512, face.embedding().length);
        assertTrue(face.leftEyeOpen() > 0.5 && face.rightEyeOpen() > 0.5);
    }

    @Test
    @Order(2)
    void returnsTheUprightPhotoAsJpegWithoutMetadataWithAThumbnailAndQuality() throws Exception {
        BufferedImage astronaut = ImageIO.read(new ByteArrayInputStream(TestFleet.photo("astronaut.png")));
        // as a phone stores a portrait: the sensor's landscape pixels (the upright 384 × 512 portrait turned a
        // quarter anticlockwise) and EXIF orientation 6, "turn a quarter clockwise to show"
        BufferedImage wide = new BufferedImage(512, 384, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 512; x++) {
            for (int y = 0; y < 384; y++) {
                wide.setRGB(x, y, astronaut.getRGB(64 + 383 - y, x));
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(wide, "jpeg", jpeg);
        byte[] sideways = withOrientation(jpeg.toByteArray(), 6);
        PhotoAnalysisResult result;
        try (GpuConnection connection = factory.getConnection()) {
            result = connection.analyze(
                    new JobKey("analyze-normalized"), sideways, new AnalysisOptions(false, true, 200));
        }
        assertEquals(384, result.width());
        assertEquals(512, result.height());
        byte[] normalized = result.normalizedJpeg();
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(normalized));
        assertEquals(384, upright.getWidth());
        assertEquals(512, upright.getHeight());
        assertFalse(hasSegment(normalized, 0xE1), "no APP1 (EXIF or XMP) segment");
        assertFalse(hasSegment(normalized, 0xE2), "no APP2 (ICC) segment");
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(result.thumbnailJpeg()));
        assertEquals(150, thumbnail.getWidth());
        assertEquals(200, thumbnail.getHeight());
        PhotoQualityResult quality = result.quality();
        assertEquals("jpeg", quality.format());
        assertEquals(512, quality.originalWidth());
        assertEquals(384, quality.originalHeight());
        assertEquals(6, quality.exifOrientation());
        assertTrue(
                quality.colourfulness() > 20 && quality.faceSharpness() > 0.05 && quality.faceBrightness() > 100,
                quality.toString());
        assertTrue(
                result.faces().get(0).faceLikeness() > 0.7,
                result.faces().get(0).toString());
    }

    /** Whether the JPEG has a segment with this marker before its image data. */
    private static boolean hasSegment(byte[] jpeg, int marker) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF && (jpeg[at + 1] & 0xFF) != 0xDA) {
            if ((jpeg[at + 1] & 0xFF) == marker) {
                return true;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return false;
    }

    /** The JPEG with a big-endian APP1 Exif segment holding only the orientation tag, right after SOI. */
    private static byte[] withOrientation(byte[] jpeg, int orientation) {
        java.nio.ByteBuffer exif = java.nio.ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4);
        exif.putShort((short) 0xFFE1).putShort((short) (exif.capacity() - 2));
        exif.put(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        exif.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        exif.putShort((short) 1);
        exif.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        exif.putInt(0);
        byte[] out = new byte[jpeg.length + exif.capacity()];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(exif.array(), 0, out, 2, exif.capacity());
        System.arraycopy(jpeg, 2, out, 2 + exif.capacity(), jpeg.length - 2);
        return out;
    }

    @Test
    @Order(3)
    void aDamagedPhotoIsRefusedWithAReasonAndNotRetriedElsewhere() throws Exception {
        byte[] photo = TestFleet.photo("astronaut.png");
        byte[] damaged = java.util.Arrays.copyOf(photo, photo.length / 3);
        try (GpuConnection connection = factory.getConnection()) {
            GpuNodeException e = assertThrows(
                    RequestRejectedException.class,
                    () -> connection.analyze(new JobKey("analyze-damaged"), damaged, false));
            assertTrue(e.getMessage().contains("damaged") || e.getMessage().contains("not a photo"), e.getMessage());
        }
    }

    @Test
    @Order(4)
    void buildsAnIdentityAndDropsSomeoneElse() throws Exception {
        byte[] astronaut = TestFleet.photo("astronaut.png");
        List<byte[]> photos =
                List.of(astronaut, mirrored(astronaut), TestFleet.photo("camera.png"), scaled(astronaut, 0.7));
        IdentityResult identity;
        try (GpuConnection connection = factory.getConnection()) {
            identity = connection.buildIdentity(new JobKey("identity-astronaut"), photos);
        }
        assertEquals(512, identity.embedding().length);
        assertTrue(identity.photos().get(2).outlier(), identity.photos().toString());
        assertTrue(
                identity.photos().get(2).problem().contains("same person"),
                identity.photos().get(2).problem());
        for (int i : new int[] {0, 1, 3}) {
            assertTrue(identity.photos().get(i).used(), identity.photos().toString());
        }
        assertFalse(identity.references().contains(2));
    }

    @Test
    @Order(4)
    void aJobMadeInPartsGivesTheSameImagesAsInOneGo() throws Exception {
        GenerationRequest request;
        try (GpuConnection connection = factory.getConnection()) {
            request = new GenerationRequest(
                    connection.nodes().get(0).styles().get(1),
                    4,
                    List.of(TestFleet.photo("astronaut.png")),
                    new float[0]);
        }
        List<GeneratedHeadshot> parts = new ArrayList<>();
        List<GeneratedHeadshot> whole = new ArrayList<>();
        try (GpuConnection connection = factory.getConnection()) {
            connection.generate(new JobKey("in-parts"), request, 0, 2, parts::add);
            connection.generate(new JobKey("in-parts"), request, 2, 4, parts::add);
            connection.generate(new JobKey("in-one-go"), request, whole::add);
        }
        assertEquals(
                List.of(0, 1, 2, 3),
                parts.stream().map(GeneratedHeadshot::index).toList());
        for (int i = 0; i < 4; i++) {
            assertTrue(java.util.Arrays.equals(whole.get(i).jpeg(), parts.get(i).jpeg()), "headshot " + i);
        }
    }

    @Test
    @Order(4)
    void theSeedAndBrandColourReachTheNodeAndTriesUpscalingAndTimesComeBack() throws Exception {
        byte[] astronaut = TestFleet.photo("astronaut.png");
        GenerationRequest red =
                new GenerationRequest("brand-colour", 2, List.of(astronaut), new float[0], "#c8102e", 7, 0.8f);
        GenerationRequest remake =
                new GenerationRequest("brand-colour", 2, List.of(astronaut), new float[0], "#c8102e", 8, 0.8f);
        List<GeneratedHeadshot> first = new ArrayList<>();
        List<GeneratedHeadshot> second = new ArrayList<>();
        try (GpuConnection connection = factory.getConnection()) {
            connection.generate(new JobKey("brand-seed-7"), red, first::add);
            connection.generate(new JobKey("brand-seed-8"), remake, 0, 1, second::add);
            GpuNodeException refused = assertThrows(
                    RequestRejectedException.class,
                    () -> connection.generate(
                            new JobKey("brand-without-colour"),
                            new GenerationRequest("brand-colour", 1, List.of(astronaut), new float[0]),
                            h -> {}));
            assertTrue(refused.getMessage().contains("#RRGGBB"), refused.getMessage());
        }
        assertEquals(2, first.size());
        for (GeneratedHeadshot headshot : first) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(headshot.jpeg()));
            int corner = image.getRGB(8, 8);
            assertTrue(
                    Math.abs((corner >> 16 & 0xFF) - 0xc8) < 6
                            && Math.abs((corner >> 8 & 0xFF) - 0x10) < 6
                            && Math.abs((corner & 0xFF) - 0x2e) < 6,
                    "the backdrop is the order's colour: " + Integer.toHexString(corner));
            assertTrue(headshot.attempts() >= 1, "tries " + headshot.attempts());
            assertTrue(headshot.upscaled(), "the astronaut's 512 px photo is enlarged");
            assertEquals(1024, headshot.width());
            assertTrue(
                    headshot.times().compose().toNanos() > 0
                            && headshot.times().check().toNanos() > 0
                            && headshot.times().encode().toNanos() > 0,
                    headshot.times().toString());
        }
        assertTrue(first.get(0).times().prepare().toNanos() > 0, "the first headshot carries the preparation");
        assertFalse(java.util.Arrays.equals(first.get(0).jpeg(), second.get(0).jpeg()), "another seed, another image");
    }

    @Test
    @Order(5)
    void aGenerationWhoseNodeFreezesMidStreamMovesToTheOtherNodeLongBeforeItsDeadline() throws Exception {
        String style;
        try (GpuConnection connection = factory.getConnection()) {
            style = connection.nodes().get(0).styles().get(0);
        }
        int count = 6;
        List<GeneratedHeadshot> received = Collections.synchronizedList(new ArrayList<>());
        List<NodeProcess> frozen = new ArrayList<>();
        long[] frozenAt = new long[1];
        long[] movedAfterNanos = new long[1];
        GenerationRequest request =
                new GenerationRequest(style, count, List.of(TestFleet.photo("astronaut.png")), new float[0]);
        try (GpuConnection connection = factory.getConnection()) {
            connection.generate(new JobKey("generate-frozen-node"), request, headshot -> {
                received.add(headshot);
                if (received.size() == 2) {
                    NodeProcess victim = headshot.node().equals(first.address()) ? first : second;
                    try {
                        victim.freeze();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    frozen.add(victim);
                    frozenAt[0] = System.nanoTime();
                } else if (received.size() == 3) {
                    movedAfterNanos[0] = System.nanoTime() - frozenAt[0];
                }
            });
        } finally {
            for (NodeProcess node : frozen) {
                node.thaw();
            }
        }
        assertEquals(
                List.of(0, 1, 2, 3, 4, 5),
                received.stream().map(GeneratedHeadshot::index).toList());
        assertEquals(1, frozen.size());
        NodeAddress stopped = frozen.get(0).address();
        assertTrue(received.subList(0, 2).stream().allMatch(h -> h.node().equals(stopped)));
        assertTrue(
                received.subList(2, count).stream().noneMatch(h -> h.node().equals(stopped)),
                "after the freeze every headshot comes from the other node");
        Duration moved = Duration.ofNanos(movedAfterNanos[0]);
        assertTrue(
                moved.compareTo(Duration.ofMinutes(2)) < 0,
                "the work moved after " + moved + ", not at the generation's deadline of half an hour");
        awaitEveryNodeUp(Duration.ofSeconds(90));
    }

    @Test
    @Order(6)
    void aGenerationWhoseNodeIsKilledMidStreamCompletesOnTheOtherNodeWithNothingMissingOrTwice() throws Exception {
        String style;
        try (GpuConnection connection = factory.getConnection()) {
            style = connection.nodes().get(0).styles().get(0);
        }
        int count = 6;
        List<GeneratedHeadshot> received = Collections.synchronizedList(new ArrayList<>());
        List<NodeAddress> killed = new ArrayList<>();
        GenerationRequest request =
                new GenerationRequest(style, count, List.of(TestFleet.photo("astronaut.png")), new float[0]);
        try (GpuConnection connection = factory.getConnection()) {
            connection.generate(new JobKey("generate-failover"), request, headshot -> {
                received.add(headshot);
                if (received.size() == 2) {
                    NodeProcess victim = headshot.node().equals(first.address()) ? first : second;
                    try {
                        victim.kill();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    killed.add(victim.address());
                }
            });
        }
        assertEquals(
                List.of(0, 1, 2, 3, 4, 5),
                received.stream().map(GeneratedHeadshot::index).toList());
        assertEquals(1, killed.size());
        NodeAddress dead = killed.get(0);
        assertTrue(received.subList(0, 2).stream().allMatch(h -> h.node().equals(dead)));
        assertTrue(
                received.subList(2, count).stream().noneMatch(h -> h.node().equals(dead)),
                "after the kill every headshot comes from the other node");
        for (GeneratedHeadshot headshot : received) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(headshot.jpeg()));
            assertEquals(headshot.width(), image.getWidth());
            assertEquals(headshot.height(), image.getHeight());
        }
        Files.write(logs.resolve("headshot-0.jpg"), received.get(0).jpeg());
    }

    @Test
    @Order(7)
    void aCancelledGenerationStopsOnEveryNodeAndIsNotResent() throws Exception {
        String style;
        try (GpuConnection connection = factory.getConnection()) {
            style = connection.nodes().stream()
                    .filter(NodeInfo::isUp)
                    .findFirst()
                    .orElseThrow()
                    .styles()
                    .get(0);
        }
        JobKey key = new JobKey("generate-cancelled");
        List<GeneratedHeadshot> received = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CompletableFuture<Boolean> cancelled = new java.util.concurrent.CompletableFuture<>();
        GenerationRequest request =
                new GenerationRequest(style, 30, List.of(TestFleet.photo("astronaut.png")), new float[0]);
        GpuNodeException e;
        try (GpuConnection connection = factory.getConnection()) {
            e = assertThrows(
                    GpuNodeException.class,
                    () -> connection.generate(key, request, headshot -> {
                        received.add(headshot);
                        if (received.size() == 1) {
                            // cancelled from elsewhere, as an admin's or a batch job's stop would
                            new Thread(() -> {
                                        try (GpuConnection other = factory.getConnection()) {
                                            cancelled.complete(other.cancel(key));
                                        }
                                    })
                                    .start();
                        }
                    }));
        }
        assertTrue(cancelled.get(30, java.util.concurrent.TimeUnit.SECONDS), "a node had the job");
        assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
        assertTrue(received.size() < 30, received.size() + " headshots arrived");
    }

    /** A thawed node is taken up again by the fleet's own health checks. */
    private static void awaitEveryNodeUp(Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        List<NodeInfo> nodes = List.of();
        while (System.nanoTime() < until) {
            try (GpuConnection connection = factory.getConnection()) {
                nodes = connection.nodes();
            }
            if (nodes.size() == 2 && nodes.stream().allMatch(NodeInfo::isUp)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not every node came back up within " + timeout + ": " + nodes);
    }

    private static byte[] mirrored(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        AffineTransform flip = new AffineTransform(-1, 0, 0, 1, image.getWidth(), 0);
        return encode(new AffineTransformOp(flip, AffineTransformOp.TYPE_BILINEAR).filter(image, null));
    }

    private static byte[] scaled(byte[] png, double factor) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return encode(
                new AffineTransformOp(AffineTransform.getScaleInstance(factor, factor), AffineTransformOp.TYPE_BILINEAR)
                        .filter(image, null));
    }

    private static byte[] encode(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
