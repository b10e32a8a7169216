package org.headshots.node.infrastructure;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;
import org.headshots.node.application.InferenceException;
import org.headshots.node.application.SelfTestModel;
import org.headshots.node.domain.LoadedModel;
import org.headshots.node.domain.SelfTestNetwork;
import org.headshots.node.infrastructure.onnx.SelfTestOnnx;

/** The self-test network as an ONNX Runtime session on the engine's device. */
public final class OnnxSelfTestModel implements SelfTestModel {

    private static final Logger LOG = Logger.getLogger(OnnxSelfTestModel.class.getName());

    /** Where the model is written, relative to the models folder. */
    public static final Path RELATIVE_PATH = Path.of("selftest", "selftest.onnx");

    private final OnnxRuntimeEngine engine;
    private final OrtSession session;
    private final LoadedModel descriptor;

    private OnnxSelfTestModel(OnnxRuntimeEngine engine, OrtSession session, LoadedModel descriptor) {
        this.engine = engine;
        this.session = session;
        this.descriptor = descriptor;
    }

    /**
     * Writes {@code network} as ONNX to {@code <modelsDir>/selftest/selftest.onnx}, loads that file
     * into a session and warms it up.
     */
    public static OnnxSelfTestModel load(OnnxRuntimeEngine engine, Path modelsDir, SelfTestNetwork network)
            throws IOException, InferenceException {
        Path file = modelsDir.resolve(RELATIVE_PATH);
        ModelFiles.writeIfChanged(file, SelfTestOnnx.modelBytes(network));
        byte[] loaded = Files.readAllBytes(file);
        LoadedModel descriptor = new LoadedModel(SelfTestNetwork.MODEL_NAME, "selftest", ModelFiles.sha256(loaded),
                file.toAbsolutePath().normalize());
        OrtSession session;
        try {
            session = engine.open(loaded);
        } catch (OrtException e) {
            throw new InferenceException("ONNX Runtime cannot load " + file + ": " + e.getMessage(), e);
        }
        OnnxSelfTestModel model = new OnnxSelfTestModel(engine, session, descriptor);
        try {
            float[] input = SelfTestNetwork.input();
            long first = model.run(input).nanos();
            long second = model.run(input).nanos();
            LOG.info(() -> String.format(java.util.Locale.ROOT,
                    "Loaded model %s (sha256 %s) from %s on %s; warm-up runs %.2f ms, %.2f ms",
                    descriptor.name(), descriptor.sha256(), file, engine.device(), first / 1e6, second / 1e6));
        } catch (InferenceException | RuntimeException e) {
            model.close();
            throw e;
        }
        return model;
    }

    @Override
    public LoadedModel descriptor() {
        return descriptor;
    }

    @Override
    public Inference run(float[] input) throws InferenceException {
        try (OnnxTensor x = OnnxTensor.createTensor(engine.environment(), FloatBuffer.wrap(input),
                SelfTestNetwork.inputShape())) {
            long start = System.nanoTime();
            try (OrtSession.Result result = session.run(Map.of(SelfTestNetwork.INPUT_NAME, x))) {
                long nanos = System.nanoTime() - start;
                OnnxValue y = result.get(SelfTestNetwork.OUTPUT_NAME)
                        .orElseThrow(() -> new IllegalStateException("the model has no output "
                                + SelfTestNetwork.OUTPUT_NAME));
                FloatBuffer values = ((OnnxTensor) y).getFloatBuffer();
                float[] output = new float[values.remaining()];
                values.get(output);
                return new Inference(output, nanos);
            }
        } catch (OrtException | RuntimeException e) {
            throw new InferenceException("ONNX Runtime failed to run the self-test model on " + engine.device()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException | RuntimeException e) {
            LOG.warning(() -> "Closing the self-test session failed: " + e.getMessage());
        }
    }
}
