package org.headshots.node.infrastructure.pipeline;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.List;
import org.headshots.node.domain.face.FaceBox;
import org.headshots.node.domain.face.HeadPose;

/**
 * Hopenet-style head pose: the face box grown by a quarter of its size on every side, 224 × 224 RGB with ImageNet
 * mean and deviation; three outputs of 66 bins (yaw, pitch, roll, in the model's output order), each read as
 * the softmax expectation × 3 − 99 degrees.
 */
public final class HeadPoseModel {

    private static final int SIZE = 224;
    private static final int BINS = 66;
    private static final RgbImage.Normalisation IMAGENET = new RgbImage.Normalisation(
            new float[] {0.485f * 255, 0.456f * 255, 0.406f * 255},
            new float[] {0.229f * 255, 0.224f * 255, 0.225f * 255});

    private final SessionRunner runner;
    private final List<String> outputs;

    public HeadPoseModel(OrtEnvironment environment, OrtSession session) throws OrtException {
        runner = new SessionRunner(environment, session, "the head pose model", 1, 3, SIZE, SIZE);
        outputs = runner.outputNames();
        if (outputs.size() != 3) {
            throw new IllegalArgumentException(
                    "the head pose model must have 3 outputs (yaw, pitch, roll), " + "this one has " + outputs);
        }
    }

    public HeadPose predict(RgbImage photo, FaceBox box) throws OrtException {
        float left = box.left() - box.width() / 4;
        float top = box.top() - box.height() / 4;
        PixelMapping crop = PixelMapping.crop(left, top, box.width() * 1.5f, box.height() * 1.5f, SIZE, SIZE);
        float[][] bins = runner.run(photo.planarRgb(crop, SIZE, SIZE, IMAGENET), outputs);
        return new HeadPose(degrees(bins[0]), degrees(bins[1]), degrees(bins[2]));
    }

    private static float degrees(float[] logits) {
        if (logits.length != BINS) {
            throw new IllegalStateException("the head pose model gave " + logits.length + " bins, expected " + BINS);
        }
        double[] p = Softmax.of(logits);
        double expectation = 0;
        for (int i = 0; i < BINS; i++) {
            expectation += i * p[i];
        }
        return (float) (expectation * 3 - 99);
    }

    void warmUp() throws OrtException {
        runner.run(runner.blankInput(), outputs);
    }
}
