package org.headshots.node.infrastructure.pipeline;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.List;
import org.headshots.node.domain.face.EyeState;
import org.headshots.node.domain.face.Landmarks;
import org.headshots.node.domain.face.Point;

/**
 * Open/closed eye classifier on a 24 × 24 grayscale crop (gray / 255): a square 1.6 times the eye's corner-to-corner
 * width, centred on its four eyelid landmarks. The two outputs are logits; after softmax, index {@value #OPEN} is
 * the probability that the eye is open.
 */
public final class EyeStateModel {

    static final int OPEN = 1;
    private static final int SIZE = 24;
    private static final float CROP_TO_EYE_WIDTH = 1.6f;

    private final SessionRunner runner;
    private final String output;

    public EyeStateModel(OrtEnvironment environment, OrtSession session) throws OrtException {
        runner = new SessionRunner(environment, session, "the eye state model", 1, 1, SIZE, SIZE);
        output = runner.outputNames().get(0);
    }

    public EyeState predict(RgbImage photo, Landmarks landmarks) throws OrtException {
        return new EyeState(
                openProbability(photo, landmarks.imageLeftEye()), openProbability(photo, landmarks.imageRightEye()));
    }

    /** @param eye the six landmarks of one eye: outer/inner corners at 0 and 3, eyelids at 1, 2, 4, 5 */
    private float openProbability(RgbImage photo, List<Point> eye) throws OrtException {
        float cx =
                (eye.get(1).x() + eye.get(2).x() + eye.get(4).x() + eye.get(5).x()) / 4;
        float cy =
                (eye.get(1).y() + eye.get(2).y() + eye.get(4).y() + eye.get(5).y()) / 4;
        float side = Math.max(1, Math.abs(eye.get(3).x() - eye.get(0).x()) * CROP_TO_EYE_WIDTH);
        float[] input =
                photo.gray(PixelMapping.crop(cx - side / 2, cy - side / 2, side, side, SIZE, SIZE), SIZE, SIZE, 255);
        return (float) Softmax.of(runner.run(input, List.of(output))[0])[OPEN];
    }

    void warmUp() throws OrtException {
        runner.run(runner.blankInput(), List.of(output));
    }
}
