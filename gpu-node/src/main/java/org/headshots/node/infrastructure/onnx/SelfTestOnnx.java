package org.headshots.node.infrastructure.onnx;

import static org.headshots.node.domain.SelfTestNetwork.INPUT_NAME;
import static org.headshots.node.domain.SelfTestNetwork.OUTPUT_NAME;
import static org.headshots.node.domain.SelfTestNetwork.PAD;
import static org.headshots.node.infrastructure.onnx.OnnxModelBuilder.ints;

import org.headshots.node.domain.SelfTestNetwork;

/** Writes the {@link SelfTestNetwork} as an ONNX model. */
public final class SelfTestOnnx {

    private SelfTestOnnx() {}

    /** The serialized ModelProto of {@code network}; the same network always gives the same bytes. */
    public static byte[] modelBytes(SelfTestNetwork network) {
        long k = SelfTestNetwork.KERNEL;
        return new OnnxModelBuilder("headshots_selftest", "1")
                .docString("Headshots GPU node self-test: Conv-Relu-Conv-Sigmoid with fixed weights, "
                        + "checked against a plain-Java reference computation")
                .metadata("headshots.role", "selftest")
                .input(INPUT_NAME, SelfTestNetwork.inputShape())
                .output(OUTPUT_NAME, SelfTestNetwork.outputShape())
                .initializer("conv1.weight", SelfTestNetwork.conv1WeightsShape(), network.conv1Weights())
                .initializer("conv1.bias", new long[] {SelfTestNetwork.HIDDEN_CHANNELS}, network.conv1Bias())
                .initializer("conv2.weight", SelfTestNetwork.conv2WeightsShape(), network.conv2Weights())
                .initializer("conv2.bias", new long[] {SelfTestNetwork.OUT_CHANNELS}, network.conv2Bias())
                .node(
                        "Conv",
                        new String[] {INPUT_NAME, "conv1.weight", "conv1.bias"},
                        new String[] {"h1"},
                        ints("kernel_shape", k, k),
                        ints("pads", PAD, PAD, PAD, PAD),
                        ints("strides", 1, 1))
                .node("Relu", new String[] {"h1"}, new String[] {"h2"})
                .node(
                        "Conv",
                        new String[] {"h2", "conv2.weight", "conv2.bias"},
                        new String[] {"h3"},
                        ints("kernel_shape", k, k),
                        ints("pads", PAD, PAD, PAD, PAD),
                        ints("strides", 1, 1))
                .node("Sigmoid", new String[] {"h3"}, new String[] {OUTPUT_NAME})
                .toByteArray();
    }
}
