package org.headshots.node.infrastructure.pipeline;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Runs a single-input float model and reads its float outputs flattened. Input and output names come from the
 * session. Safe for concurrent use: OrtSession.run is, and each call owns its tensors.
 */
final class SessionRunner {

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String inputName;
    private final long[] inputShape;

    /**
     * @param expectedInputShape the input shape the pre-processing is written for; the model must declare it
     *                           (a dynamic dimension, -1, accepts any size)
     */
    SessionRunner(OrtEnvironment environment, OrtSession session, String modelDescription, long... expectedInputShape)
            throws OrtException {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.session = Objects.requireNonNull(session, "session");
        if (session.getNumInputs() != 1) {
            throw new IllegalArgumentException(
                    modelDescription + " must have one input, this one has " + session.getInputNames());
        }
        inputName = session.getInputNames().iterator().next();
        long[] declared = ((TensorInfo) session.getInputInfo().get(inputName).getInfo()).getShape();
        boolean fits = declared.length == expectedInputShape.length;
        for (int i = 0; fits && i < declared.length; i++) {
            fits = declared[i] < 0 || declared[i] == expectedInputShape[i];
        }
        if (!fits) {
            throw new IllegalArgumentException(modelDescription + " must take input of shape "
                    + Arrays.toString(expectedInputShape) + ", this one takes " + Arrays.toString(declared));
        }
        inputShape = expectedInputShape.clone();
    }

    /** The model's output names, in the model's order. */
    List<String> outputNames() throws OrtException {
        return List.copyOf(session.getOutputNames());
    }

    /** Runs the model and returns the named outputs, flattened, in the order asked. */
    float[][] run(float[] input, List<String> outputs) throws OrtException {
        try (OnnxTensor tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input), inputShape);
                OrtSession.Result result =
                        session.run(java.util.Map.of(inputName, tensor), new LinkedHashSet<>(outputs))) {
            List<float[]> values = new ArrayList<>();
            for (String name : outputs) {
                OnnxValue value = result.get(name)
                        .orElseThrow(() -> new IllegalStateException("the model gave no output '" + name + "'"));
                values.add(((OnnxTensor) value).getFloatBuffer().array());
            }
            return values.toArray(float[][]::new);
        }
    }

    /** A zero input of the right shape, for warming up. */
    float[] blankInput() {
        long size = 1;
        for (long d : inputShape) {
            size *= d;
        }
        return new float[Math.toIntExact(size)];
    }
}
