package org.headshots.it;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.headshots.node.domain.face.AnalyzedFace;
import org.headshots.node.domain.face.Embedding;
import org.headshots.node.domain.face.FivePoints;
import org.headshots.node.infrastructure.DeviceProbe;
import org.headshots.node.infrastructure.OnnxRuntimeEngine;
import org.headshots.node.infrastructure.pipeline.FacePipeline;
import org.headshots.node.infrastructure.pipeline.ModelFile;

/**
 * Judges generated headshots independently of the server, with the starter pack's real models in this JVM:
 * the faces in an image, their identity embedding, eye line and box.
 */
final class FaceJudge {

    private static FacePipeline pipeline;

    private FaceJudge() {}

    /** What one image shows, as fractions of its size. */
    record Judgement(
            int faces, int width, int height, float cosine, double eyeLine, double headroom, double centreOffset) {}

    static synchronized FacePipeline pipeline() throws Exception {
        if (pipeline == null) {
            Path pack = Path.of(System.getProperty(
                    "headshots.test.pack", System.getProperty("user.home") + "/.cache/headshots/packs/starter"));
            OnnxRuntimeEngine engine =
                    OnnxRuntimeEngine.start(OnnxRuntimeEngine.ProviderChoice.CPU, 0, new DeviceProbe());
            pipeline = FacePipeline.open(
                    engine,
                    List.of(
                            new ModelFile("face-detection", "ultraface-rfb-320", pack.resolve("fr_detect.onnx")),
                            new ModelFile("face-landmarks-68", "landmarks68-gray64", pack.resolve("fr_landmark.onnx")),
                            new ModelFile("identity-embedding", "arcface-112", pack.resolve("fr_feature.onnx")),
                            new ModelFile("eye-state", "eye-state-gray24", pack.resolve("fr_eye.onnx")),
                            new ModelFile("head-pose", "head-pose-66bins-224", pack.resolve("fr_pose.onnx")),
                            new ModelFile("portrait-matting", "isnet-1024", pack.resolve("isnet_quint8.onnx"))));
        }
        return pipeline;
    }

    /** The identity embedding of the one face in a photo. */
    static Embedding identity(BufferedImage photo) throws Exception {
        List<AnalyzedFace> faces = pipeline().analyze(photo).faces();
        if (faces.size() != 1) {
            throw new AssertionError("expected one face in the reference photo, found " + faces.size());
        }
        return faces.get(0).embedding();
    }

    static Judgement judge(byte[] jpeg, Embedding person) throws Exception {
        BufferedImage image = read(jpeg);
        List<AnalyzedFace> faces = pipeline().analyze(image).faces();
        if (faces.isEmpty()) {
            return new Judgement(0, image.getWidth(), image.getHeight(), 0, Double.NaN, Double.NaN, Double.NaN);
        }
        AnalyzedFace face = faces.get(0);
        FivePoints points = face.landmarks().fivePoints();
        double eyes = (points.leftEye().y() + points.rightEye().y()) / 2.0;
        return new Judgement(
                faces.size(),
                image.getWidth(),
                image.getHeight(),
                face.embedding().cosine(person),
                eyes / image.getHeight(),
                face.box().top() / image.getHeight(),
                Math.abs(face.box().centreX() - image.getWidth() / 2.0) / image.getWidth());
    }

    static BufferedImage read(byte[] jpeg) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        if (image == null) {
            throw new AssertionError("not an image (" + jpeg.length + " bytes)");
        }
        return image;
    }
}
