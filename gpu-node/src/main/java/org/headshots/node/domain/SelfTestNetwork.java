package org.headshots.node.domain;

import java.util.Arrays;

/**
 * The node's self-test network, defined here once and computed two ways: by ONNX Runtime on the
 * node's device (from an ONNX model written from this definition) and by {@link #reference} in
 * plain Java. A difference between the two means the device, its driver or the runtime computes
 * wrong results.
 *
 * <pre>
 * x [1,3,16,16] → Conv 3×3 (3→8, pad 1) → Relu → Conv 3×3 (8→4, pad 1) → Sigmoid → y [1,4,16,16]
 * </pre>
 *
 * Weights, biases and the input are fixed functions of their index, so every node, every build
 * and the reference agree on them without storing any data.
 */
public final class SelfTestNetwork {

    public static final String MODEL_NAME = "selftest";
    public static final String INPUT_NAME = "x";
    public static final String OUTPUT_NAME = "y";

    public static final int IN_CHANNELS = 3;
    public static final int HIDDEN_CHANNELS = 8;
    public static final int OUT_CHANNELS = 4;
    public static final int HEIGHT = 16;
    public static final int WIDTH = 16;
    public static final int KERNEL = 3;
    public static final int PAD = KERNEL / 2;

    private final float[] conv1Weights;
    private final float[] conv1Bias;
    private final float[] conv2Weights;
    private final float[] conv2Bias;

    private SelfTestNetwork(float[] conv1Weights, float[] conv1Bias, float[] conv2Weights, float[] conv2Bias) {
        this.conv1Weights = conv1Weights;
        this.conv1Bias = conv1Bias;
        this.conv2Weights = conv2Weights;
        this.conv2Bias = conv2Bias;
    }

    /** The network every node runs. */
    public static SelfTestNetwork standard() {
        float[] w1 = new float[HIDDEN_CHANNELS * IN_CHANNELS * KERNEL * KERNEL];
        for (int i = 0; i < w1.length; i++) {
            w1[i] = (float) (0.35 * Math.sin(1.3 * i + 0.5));
        }
        float[] b1 = new float[HIDDEN_CHANNELS];
        for (int i = 0; i < b1.length; i++) {
            b1[i] = (float) (0.05 * Math.cos(i));
        }
        float[] w2 = new float[OUT_CHANNELS * HIDDEN_CHANNELS * KERNEL * KERNEL];
        for (int i = 0; i < w2.length; i++) {
            w2[i] = (float) (0.25 * Math.cos(0.7 * i + 0.2));
        }
        float[] b2 = new float[OUT_CHANNELS];
        for (int i = 0; i < b2.length; i++) {
            b2[i] = (float) (0.1 * Math.sin(i + 1.0));
        }
        return new SelfTestNetwork(w1, b1, w2, b2);
    }

    /** The same network with every weight multiplied by {@code factor}: a network that is wrong on purpose. */
    public SelfTestNetwork withWeightsScaledBy(double factor) {
        return new SelfTestNetwork(
                scale(conv1Weights, factor), conv1Bias.clone(), scale(conv2Weights, factor), conv2Bias.clone());
    }

    /** The fixed input, NCHW. */
    public static float[] input() {
        float[] x = new float[IN_CHANNELS * HEIGHT * WIDTH];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (Math.sin(0.05 * i) * Math.cos(0.031 * i));
        }
        return x;
    }

    public static long[] inputShape() {
        return new long[] {1, IN_CHANNELS, HEIGHT, WIDTH};
    }

    public static long[] outputShape() {
        return new long[] {1, OUT_CHANNELS, HEIGHT, WIDTH};
    }

    public static long[] conv1WeightsShape() {
        return new long[] {HIDDEN_CHANNELS, IN_CHANNELS, KERNEL, KERNEL};
    }

    public static long[] conv2WeightsShape() {
        return new long[] {OUT_CHANNELS, HIDDEN_CHANNELS, KERNEL, KERNEL};
    }

    public float[] conv1Weights() {
        return conv1Weights.clone();
    }

    public float[] conv1Bias() {
        return conv1Bias.clone();
    }

    public float[] conv2Weights() {
        return conv2Weights.clone();
    }

    public float[] conv2Bias() {
        return conv2Bias.clone();
    }

    /** The network's output for {@code input} (NCHW, batch 1), computed in double precision. */
    public double[] reference(float[] input) {
        if (input.length != IN_CHANNELS * HEIGHT * WIDTH) {
            throw new IllegalArgumentException(
                    "The self-test input has " + IN_CHANNELS * HEIGHT * WIDTH + " values, not " + input.length);
        }
        double[] x = new double[input.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = input[i];
        }
        double[] hidden = convolve(x, IN_CHANNELS, conv1Weights, conv1Bias, HIDDEN_CHANNELS);
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = Math.max(0.0, hidden[i]);
        }
        double[] out = convolve(hidden, HIDDEN_CHANNELS, conv2Weights, conv2Bias, OUT_CHANNELS);
        for (int i = 0; i < out.length; i++) {
            out[i] = 1.0 / (1.0 + Math.exp(-out[i]));
        }
        return out;
    }

    /** Largest |actual − expected|; NaN when any value is not a number, or when the lengths differ. */
    public static double maxAbsoluteDifference(float[] actual, double[] expected) {
        if (actual.length != expected.length) {
            return Double.NaN;
        }
        double max = 0.0;
        for (int i = 0; i < actual.length; i++) {
            double d = Math.abs(actual[i] - expected[i]);
            if (Double.isNaN(d)) {
                return Double.NaN;
            }
            max = Math.max(max, d);
        }
        return max;
    }

    /** Cross-correlation with KERNEL×KERNEL filters, stride 1, zero padding PAD (ONNX Conv semantics). */
    private static double[] convolve(double[] in, int inChannels, float[] weights, float[] bias, int outChannels) {
        double[] out = new double[outChannels * HEIGHT * WIDTH];
        for (int oc = 0; oc < outChannels; oc++) {
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < WIDTH; x++) {
                    double sum = bias[oc];
                    for (int ic = 0; ic < inChannels; ic++) {
                        for (int ky = 0; ky < KERNEL; ky++) {
                            int iy = y + ky - PAD;
                            if (iy < 0 || iy >= HEIGHT) {
                                continue;
                            }
                            for (int kx = 0; kx < KERNEL; kx++) {
                                int ix = x + kx - PAD;
                                if (ix < 0 || ix >= WIDTH) {
                                    continue;
                                }
                                double w = weights[((oc * inChannels + ic) * KERNEL + ky) * KERNEL + kx];
                                sum += w * in[(ic * HEIGHT + iy) * WIDTH + ix];
                            }
                        }
                    }
                    out[(oc * HEIGHT + y) * WIDTH + x] = sum;
                }
            }
        }
        return out;
    }

    private static float[] scale(float[] values, double factor) {
        float[] scaled = Arrays.copyOf(values, values.length);
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = (float) (scaled[i] * factor);
        }
        return scaled;
    }
}
