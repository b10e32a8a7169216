package org.headshots.node.application;

import org.headshots.node.domain.LoadedModel;

/** The self-test network, loaded into the inference runtime on the node's device. */
public interface SelfTestModel extends AutoCloseable {

    LoadedModel descriptor();

    /** Runs the model once on {@code input} (the network's fixed input shape). */
    Inference run(float[] input) throws InferenceException;

    @Override
    void close();

    /** A model's output and how long the runtime took to compute it. */
    record Inference(float[] output, long nanos) {}
}
