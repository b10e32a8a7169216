package org.headshots.node.infrastructure.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.face.AnalyzedFace;
import org.headshots.node.domain.face.FaceBox;
import org.headshots.node.domain.face.FivePoints;
import org.headshots.node.domain.face.HeadPose;
import org.headshots.node.domain.face.PhotoAnalysis;
import org.headshots.node.domain.face.Point;
import org.headshots.node.infrastructure.DeviceProbe;
import org.headshots.node.infrastructure.OnnxRuntimeEngine;
import org.headshots.node.infrastructure.OnnxRuntimeEngine.ProviderChoice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real models on real photos (skimage's astronaut, camera man and coffee cup). */
@Tag("model-pack")
class FacePipelineTest {

    private static OnnxRuntimeEngine engine;
    private static FacePipeline pipeline;
    private static BufferedImage astronaut;
    private static AnalyzedFace astronautFace;

    @BeforeAll
    static void openPipeline() throws Exception {
        engine = OnnxRuntimeEngine.start(ProviderChoice.AUTO, 0, new DeviceProbe());
        pipeline = FacePipeline.open(engine, StarterPack.models());
        pipeline.warmUp();
        astronaut = TestPhotos.load("astronaut.png");
        PhotoAnalysis analysis = pipeline.analyze(astronaut);
        assertEquals(1, analysis.faces().size(), "faces in astronaut.png: " + analysis.faces());
        astronautFace = analysis.faces().get(0);
    }

    @AfterAll
    static void closePipeline() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void findsTheAstronautsFaceWhereItIs() {
        FaceBox box = astronautFace.box();
        // her face, hairline to chin, spans about x 180–270, y 60–180 of the 512 × 512 photo
        assertTrue(Math.hypot(box.centreX() - 225, box.centreY() - 120) < 25, "box " + box);
        assertTrue(box.width() > 60 && box.width() < 140, "box " + box);
        assertTrue(box.height() > 70 && box.height() < 170, "box " + box);
        assertTrue(box.score() > 0.9f, "box " + box);
    }

    @Test
    void landmarksSitOnTheFaceInTheRightOrder() {
        FivePoints five = astronautFace.landmarks().fivePoints();
        for (Point p : five.asList()) {
            assertTrue(astronautFace.box().contains(p), p + " outside " + astronautFace.box());
        }
        assertTrue(five.leftEye().x() < five.rightEye().x(), five.toString());
        assertTrue(five.leftMouth().x() < five.rightMouth().x(), five.toString());
        float eyes = Math.max(five.leftEye().y(), five.rightEye().y());
        float mouth = Math.min(five.leftMouth().y(), five.rightMouth().y());
        assertTrue(eyes < five.noseTip().y() && five.noseTip().y() < mouth, five.toString());
        assertTrue(
                five.noseTip().x() > five.leftEye().x()
                        && five.noseTip().x() < five.rightEye().x(),
                five.toString());
    }

    @Test
    void theSamePersonStaysTheSameUnderEdits() throws Exception {
        List<BufferedImage> edits = List.of(
                TestPhotos.mirrored(astronaut),
                astronaut.getSubimage(120, 20, 220, 260),
                TestPhotos.scaled(astronaut, 0.6),
                TestPhotos.scaled(astronaut, 1.5),
                TestPhotos.grayscale(astronaut));
        for (BufferedImage edit : edits) {
            AnalyzedFace face = onlyFace(edit);
            float cosine = face.embedding().cosine(astronautFace.embedding());
            assertTrue(
                    cosine >= 0.9f,
                    "cosine " + cosine + " for a " + edit.getWidth() + "x" + edit.getHeight() + " edit");
        }
    }

    @Test
    void differentPeopleDiffer() throws Exception {
        AnalyzedFace cameraMan = onlyFace(TestPhotos.load("camera.png"));
        float cosine = cameraMan.embedding().cosine(astronautFace.embedding());
        assertTrue(cosine < 0.4f, "cosine " + cosine);
        assertEquals(512, cameraMan.embedding().dimension());
    }

    @Test
    void theAstronautsEyesAreOpen() {
        assertTrue(astronautFace.eyes().leftOpen() > 0.5f, astronautFace.eyes().toString());
        assertTrue(astronautFace.eyes().rightOpen() > 0.5f, astronautFace.eyes().toString());
    }

    @Test
    void theAstronautLooksIntoTheCamera() {
        assertTrue(nearFrontal(astronautFace.pose()), astronautFace.pose().toString());
    }

    @Test
    void turnedAndTiltedHeadsAreNotFrontal() throws Exception {
        // the camera man looks to the image's left; the astronaut turned 30° in the image plane has roll
        HeadPose cameraMan = onlyFace(TestPhotos.load("camera.png")).pose();
        assertFalse(nearFrontal(cameraMan), cameraMan.toString());
        assertTrue(cameraMan.yawDegrees() < -25, cameraMan.toString());
        HeadPose mirrored =
                onlyFace(TestPhotos.mirrored(TestPhotos.load("camera.png"))).pose();
        assertTrue(mirrored.yawDegrees() > 25, "yaw changes sign in the mirror: " + mirrored);
        HeadPose tilted = onlyFace(TestPhotos.rotated(astronaut, -30, 225, 120)).pose();
        assertTrue(tilted.rollDegrees() < -20, tilted.toString());
    }

    @Test
    void anUpsideDownFaceFailsTheIdentityAndEyeChecks() throws Exception {
        // the detector still finds it, and the pose model (trained on upright faces) calls it frontal
        for (AnalyzedFace face :
                pipeline.analyze(TestPhotos.upsideDown(astronaut)).faces()) {
            assertTrue(face.embedding().cosine(astronautFace.embedding()) < 0.4f);
            assertFalse(
                    face.eyes().leftOpen() > 0.5f && face.eyes().rightOpen() > 0.5f,
                    face.eyes().toString());
        }
    }

    @Test
    void findsNoFaceInACoffeeCup() throws Exception {
        PhotoAnalysis analysis = pipeline.analyze(TestPhotos.load("coffee.png"));
        assertEquals(List.of(), analysis.faces());
        assertEquals(600, analysis.width());
        assertEquals(400, analysis.height());
    }

    @Test
    void concurrentCallsGiveTheSameAnswers() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<PhotoAnalysis>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(threads.submit(() -> pipeline.analyze(astronaut)));
            }
            for (Future<PhotoAnalysis> result : results) {
                AnalyzedFace face = result.get().faces().get(0);
                assertEquals(astronautFace.box(), face.box());
                assertArrayEquals(
                        astronautFace.embedding().values(), face.embedding().values(), 1e-6f);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theMatteSeparatesTheAstronautFromTheBackground() throws Exception {
        AlphaMatte matte = pipeline.matte(astronaut);
        assertEquals(astronaut.getWidth(), matte.width());
        assertEquals(astronaut.getHeight(), matte.height());
        FaceBox face = astronautFace.box();
        double inFace = matte.mean(
                Math.round(face.left()), Math.round(face.top()), Math.round(face.right()), Math.round(face.bottom()));
        assertTrue(inFace > 0.8 * 255, "mean alpha in the face " + inFace);
        // her suit and helmet fill both bottom corners: the background patches are the top corners (flag, wall)
        // and the left and right edges at mid height (flag, beside the shuttle model)
        int[][] background = {{0, 0}, {472, 0}, {0, 230}, {472, 230}};
        for (int[] patch : background) {
            double mean = matte.mean(patch[0], patch[1], patch[0] + 40, patch[1] + 40);
            assertTrue(mean < 0.2 * 255, "mean alpha " + mean + " at (" + patch[0] + ", " + patch[1] + ")");
        }
    }

    @Test
    void refusesAMissingRoleOrAnUnknownFamily() {
        List<ModelFile> models = new ArrayList<>(StarterPack.models());
        models.remove(0);
        IllegalArgumentException missing =
                assertThrows(IllegalArgumentException.class, () -> FacePipeline.open(engine, models));
        assertTrue(missing.getMessage().contains("face-detection"), missing.getMessage());

        models.add(new ModelFile("face-detection", "retinaface", Path.of("fr_detect.onnx")));
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> FacePipeline.open(engine, models));
        assertTrue(
                unknown.getMessage().contains("retinaface")
                        && unknown.getMessage().contains("face-detection"),
                unknown.getMessage());
    }

    private static boolean nearFrontal(HeadPose pose) {
        return Math.abs(pose.yawDegrees()) < 25
                && Math.abs(pose.pitchDegrees()) < 25
                && Math.abs(pose.rollDegrees()) < 20;
    }

    private static AnalyzedFace onlyFace(BufferedImage photo) throws Exception {
        PhotoAnalysis analysis = pipeline.analyze(photo);
        assertEquals(1, analysis.faces().size(), "faces: " + analysis.faces());
        return analysis.faces().get(0);
    }
}
