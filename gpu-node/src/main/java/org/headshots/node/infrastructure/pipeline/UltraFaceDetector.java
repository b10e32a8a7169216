package org.headshots.node.infrastructure.pipeline;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.ArrayList;
import java.util.List;
import org.headshots.node.domain.face.FaceBox;

/**
 * The Ultra-Light-Fast RFB-320 face detector. The whole photo is stretched to 320 × 240; the model gives, for each
 * of its 4420 priors, background/face scores and a box already decoded to corner form (left, top, right, bottom)
 * in fractions of the input, so no prior-box decoding is needed here.
 */
public final class UltraFaceDetector {

    public static final float DEFAULT_MIN_SCORE = 0.7f;
    public static final float DEFAULT_MAX_IOU = 0.4f;

    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final RgbImage.Normalisation NORMALISATION = RgbImage.Normalisation.uniform(127, 128);

    private final SessionRunner runner;
    private final float minScore;
    private final NonMaximumSuppression suppression;

    public UltraFaceDetector(OrtEnvironment environment, OrtSession session) throws OrtException {
        this(environment, session, DEFAULT_MIN_SCORE, DEFAULT_MAX_IOU);
    }

    public UltraFaceDetector(OrtEnvironment environment, OrtSession session, float minScore, float maxIou)
            throws OrtException {
        runner = new SessionRunner(environment, session, "the UltraFace detector", 1, 3, HEIGHT, WIDTH);
        if (!runner.outputNames().containsAll(List.of("scores", "boxes"))) {
            throw new IllegalArgumentException("the UltraFace detector must have outputs 'scores' and 'boxes', "
                    + "this one has " + runner.outputNames());
        }
        if (!(minScore >= 0 && minScore < 1)) {
            throw new IllegalArgumentException("the minimum face score must be in [0, 1): " + minScore);
        }
        this.minScore = minScore;
        this.suppression = new NonMaximumSuppression(maxIou);
    }

    /** The faces found, best score first, in pixel coordinates of the photo. */
    public List<FaceBox> detect(RgbImage photo) throws OrtException {
        float[] input = photo.planarRgb(
                PixelMapping.crop(0, 0, photo.width(), photo.height(), WIDTH, HEIGHT), WIDTH, HEIGHT, NORMALISATION);
        float[][] out = runner.run(input, List.of("scores", "boxes"));
        float[] scores = out[0];
        float[] boxes = out[1];
        List<FaceBox> candidates = new ArrayList<>();
        for (int i = 0; i < scores.length / 2; i++) {
            float score = scores[2 * i + 1];
            if (!(score > minScore)) {
                continue;
            }
            float left = boxes[4 * i] * photo.width();
            float top = boxes[4 * i + 1] * photo.height();
            float right = boxes[4 * i + 2] * photo.width();
            float bottom = boxes[4 * i + 3] * photo.height();
            if (right > left && bottom > top) {
                candidates.add(new FaceBox(left, top, right, bottom, Math.min(1, score)));
            }
        }
        return suppression.apply(candidates);
    }

    void warmUp() throws OrtException {
        runner.run(runner.blankInput(), List.of("scores", "boxes"));
    }
}
