package org.headshots.node.infrastructure.pipeline;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.headshots.node.application.FaceModels;
import org.headshots.node.application.InferenceException;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.face.AnalyzedFace;
import org.headshots.node.domain.face.FaceBox;
import org.headshots.node.domain.face.FaceLikeness;
import org.headshots.node.domain.face.Landmarks;
import org.headshots.node.domain.face.PhotoAnalysis;
import org.headshots.node.infrastructure.OnnxRuntimeEngine;

/**
 * The face models together: finds the faces in a photo and measures each (landmarks, identity, eyes, pose), and
 * separates the person from the background. Each model's session is opened once; safe for concurrent calls.
 */
public final class FacePipeline implements FaceModels, AutoCloseable {

    /**
     * Finer matting weights a pack may offer (the fine-matting pack): when a node has them, it separates the person
     * with them instead of the {@code portrait-matting} ones, which it then does not open.
     */
    public static final String FINE_MATTING = "portrait-matting-fine";

    /** Each role the pipeline needs, with the one model family it can run in that role. */
    private static final Map<String, String> FAMILY_OF_ROLE = Map.of(
            "face-detection", "ultraface-rfb-320",
            "face-landmarks-68", "landmarks68-gray64",
            "identity-embedding", "arcface-112",
            "eye-state", "eye-state-gray24",
            "head-pose", "head-pose-66bins-224",
            "portrait-matting", "isnet-1024");

    private final List<OrtSession> sessions;
    private final UltraFaceDetector detector;
    private final Landmarks68Model landmarks;
    private final IdentityEmbedder embedder;
    private final EyeStateModel eyes;
    private final HeadPoseModel pose;
    private final PortraitMatting matting;

    private FacePipeline(
            List<OrtSession> sessions,
            UltraFaceDetector detector,
            Landmarks68Model landmarks,
            IdentityEmbedder embedder,
            EyeStateModel eyes,
            HeadPoseModel pose,
            PortraitMatting matting) {
        this.sessions = sessions;
        this.detector = detector;
        this.landmarks = landmarks;
        this.embedder = embedder;
        this.eyes = eyes;
        this.pose = pose;
        this.matting = matting;
    }

    /** The roles a pipeline needs, one model each. */
    public static final java.util.Set<String> ROLES = FAMILY_OF_ROLE.keySet();

    /** The roles a pipeline can also run, with their families. */
    private static final Map<String, String> OPTIONAL_FAMILY_OF_ROLE = Map.of(FINE_MATTING, "isnet-1024");

    /**
     * Opens a session for each role's model.
     *
     * @throws IllegalArgumentException when a role is missing or given twice, or a model's family is not the one
     *                                  this pipeline runs in its role
     */
    public static FacePipeline open(OnnxRuntimeEngine engine, List<ModelFile> models) throws IOException, OrtException {
        Map<String, ModelFile> byRole = new HashMap<>();
        for (ModelFile model : models) {
            String family = FAMILY_OF_ROLE.getOrDefault(model.role(), OPTIONAL_FAMILY_OF_ROLE.get(model.role()));
            if (family == null) {
                throw new IllegalArgumentException("unknown model role '" + model.role() + "' (" + model.file()
                        + "); the roles are " + FAMILY_OF_ROLE.keySet() + " and " + OPTIONAL_FAMILY_OF_ROLE.keySet());
            }
            if (!family.equals(model.family())) {
                throw new IllegalArgumentException("unknown model family '" + model.family() + "' for role '"
                        + model.role() + "' (" + model.file() + "); this node runs '" + family + "' in that role");
            }
            if (byRole.put(model.role(), model) != null) {
                throw new IllegalArgumentException("model role '" + model.role() + "' is given twice");
            }
        }
        for (String role : FAMILY_OF_ROLE.keySet()) {
            if (!byRole.containsKey(role)) {
                throw new IllegalArgumentException(
                        "no model for role '" + role + "' (family '" + FAMILY_OF_ROLE.get(role) + "')");
            }
        }
        List<OrtSession> sessions = new ArrayList<>();
        try {
            OrtEnvironment env = engine.environment();
            UltraFaceDetector detector = new UltraFaceDetector(env, open(engine, byRole, "face-detection", sessions));
            Landmarks68Model landmarks = new Landmarks68Model(env, open(engine, byRole, "face-landmarks-68", sessions));
            IdentityEmbedder embedder = new IdentityEmbedder(env, open(engine, byRole, "identity-embedding", sessions));
            EyeStateModel eyes = new EyeStateModel(env, open(engine, byRole, "eye-state", sessions));
            HeadPoseModel pose = new HeadPoseModel(env, open(engine, byRole, "head-pose", sessions));
            PortraitMatting matting = new PortraitMatting(
                    env,
                    open(
                            engine,
                            byRole,
                            byRole.containsKey(FINE_MATTING) ? FINE_MATTING : "portrait-matting",
                            sessions));
            return new FacePipeline(List.copyOf(sessions), detector, landmarks, embedder, eyes, pose, matting);
        } catch (IOException | OrtException | RuntimeException e) {
            closeAll(sessions, e);
            throw e;
        }
    }

    private static OrtSession open(
            OnnxRuntimeEngine engine, Map<String, ModelFile> byRole, String role, List<OrtSession> opened)
            throws IOException, OrtException {
        ModelFile model = byRole.get(role);
        OrtSession session = engine.open(Files.readAllBytes(model.file()));
        opened.add(session);
        return session;
    }

    /** Runs every model once on a blank input, so that the first real photo does not pay for initialisation. */
    public void warmUp() throws InferenceException {
        try {
            detector.warmUp();
            landmarks.warmUp();
            embedder.warmUp();
            eyes.warmUp();
            pose.warmUp();
            matting.warmUp();
        } catch (OrtException e) {
            throw new InferenceException("warming up the face models failed: " + e.getMessage(), e);
        }
    }

    /** Finds the faces in an upright RGB photo and measures each one. */
    public PhotoAnalysis analyze(BufferedImage photo) throws InferenceException {
        RgbImage image = RgbImage.of(photo);
        try {
            List<AnalyzedFace> faces = new ArrayList<>();
            for (FaceBox box : detector.detect(image)) {
                Landmarks points = landmarks.predict(image, box);
                faces.add(new AnalyzedFace(
                        box,
                        points,
                        embedder.embed(image, points.fivePoints()),
                        eyes.predict(image, points),
                        pose.predict(image, box),
                        FaceLikeness.of(box, points)));
            }
            return new PhotoAnalysis(image.width(), image.height(), faces);
        } catch (OrtException e) {
            throw new InferenceException("analysing the faces failed: " + e.getMessage(), e);
        }
    }

    /** Separates the person in an upright RGB photo from the background. */
    public AlphaMatte matte(BufferedImage photo) throws InferenceException {
        try {
            return matting.matte(RgbImage.of(photo));
        } catch (OrtException e) {
            throw new InferenceException("portrait matting failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws OrtException {
        OrtException first = null;
        for (OrtSession session : sessions) {
            try {
                session.close();
            } catch (OrtException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void closeAll(List<OrtSession> sessions, Exception cause) {
        for (OrtSession session : sessions) {
            try {
                session.close();
            } catch (OrtException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
