package org.headshots.node.infrastructure.pipeline;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.List;
import org.headshots.node.domain.face.Embedding;
import org.headshots.node.domain.face.FivePoints;

/** ArcFace-style identity embedding of the face aligned to the 112 × 112 template, RGB (p − 127) / 128. */
public final class IdentityEmbedder {

    private static final RgbImage.Normalisation NORMALISATION = RgbImage.Normalisation.uniform(127, 128);

    private final SessionRunner runner;
    private final String output;
    private final FaceAligner aligner = new FaceAligner();

    public IdentityEmbedder(OrtEnvironment environment, OrtSession session) throws OrtException {
        runner = new SessionRunner(
                environment, session, "the identity embedding model", 1, 3, FaceAligner.SIZE, FaceAligner.SIZE);
        output = runner.outputNames().get(0);
    }

    public Embedding embed(RgbImage photo, FivePoints face) throws OrtException {
        float[] input = aligner.alignedPlanarRgb(photo, face, NORMALISATION);
        return new Embedding(runner.run(input, List.of(output))[0]);
    }

    void warmUp() throws OrtException {
        runner.run(runner.blankInput(), List.of(output));
    }
}
