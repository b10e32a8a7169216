package org.headshots.node.infrastructure.pipeline;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.ArrayList;
import java.util.List;
import org.headshots.node.domain.face.FaceBox;
import org.headshots.node.domain.face.Landmarks;
import org.headshots.node.domain.face.Point;

/**
 * 68 landmarks from a 64 × 64 grayscale crop (values gray / 256). The crop is the face box enlarged 1.2 times
 * about its centre (not squared); the model answers (x, y) pairs as fractions of that crop.
 */
public final class Landmarks68Model {

    static final float CROP_ENLARGEMENT = 1.2f;
    private static final int SIZE = 64;

    private final SessionRunner runner;
    private final String output;

    public Landmarks68Model(OrtEnvironment environment, OrtSession session) throws OrtException {
        runner = new SessionRunner(environment, session, "the 68-landmark model", 1, 1, SIZE, SIZE);
        output = runner.outputNames().get(0);
    }

    public Landmarks predict(RgbImage photo, FaceBox box) throws OrtException {
        float width = box.width() * CROP_ENLARGEMENT;
        float height = box.height() * CROP_ENLARGEMENT;
        float left = box.centreX() - width / 2;
        float top = box.centreY() - height / 2;
        float[] input = photo.gray(PixelMapping.crop(left, top, width, height, SIZE, SIZE), SIZE, SIZE, 256);
        float[] xy = runner.run(input, List.of(output))[0];
        if (xy.length != 2 * Landmarks.COUNT) {
            throw new IllegalStateException(
                    "the landmark model gave " + xy.length + " values, expected " + 2 * Landmarks.COUNT);
        }
        List<Point> points = new ArrayList<>(Landmarks.COUNT);
        for (int i = 0; i < Landmarks.COUNT; i++) {
            points.add(new Point(left + xy[2 * i] * width, top + xy[2 * i + 1] * height));
        }
        return new Landmarks(points);
    }

    void warmUp() throws OrtException {
        runner.run(runner.blankInput(), List.of(output));
    }
}
