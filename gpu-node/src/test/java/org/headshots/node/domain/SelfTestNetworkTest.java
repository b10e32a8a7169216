package org.headshots.node.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SelfTestNetworkTest {

    @Test
    void theReferenceIsAConvolutionFollowedByReluConvolutionAndSigmoid() {
        SelfTestNetwork network = SelfTestNetwork.standard();
        float[] input = SelfTestNetwork.input();
        double[] out = network.reference(input);
        assertEquals(SelfTestNetwork.OUT_CHANNELS * SelfTestNetwork.HEIGHT * SelfTestNetwork.WIDTH, out.length);

        // one output value worked out by hand: channel 1, row 0, column 5 (top edge: padding)
        float[] w1 = network.conv1Weights();
        float[] b1 = network.conv1Bias();
        float[] w2 = network.conv2Weights();
        float[] b2 = network.conv2Bias();
        int h = SelfTestNetwork.HEIGHT;
        int w = SelfTestNetwork.WIDTH;
        int k = SelfTestNetwork.KERNEL;
        double sum = b2[1];
        for (int c = 0; c < SelfTestNetwork.HIDDEN_CHANNELS; c++) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++) {
                    int y = ky - 1;
                    int x = 5 + kx - 1;
                    if (y < 0 || y >= h || x < 0 || x >= w) {
                        continue;
                    }
                    double hidden = b1[c];
                    for (int ic = 0; ic < SelfTestNetwork.IN_CHANNELS; ic++) {
                        for (int jy = 0; jy < k; jy++) {
                            for (int jx = 0; jx < k; jx++) {
                                int iy = y + jy - 1;
                                int ix = x + jx - 1;
                                if (iy < 0 || iy >= h || ix < 0 || ix >= w) {
                                    continue;
                                }
                                hidden += w1[((c * 3 + ic) * k + jy) * k + jx] * (double) input[(ic * h + iy) * w + ix];
                            }
                        }
                    }
                    sum += w2[((1 * SelfTestNetwork.HIDDEN_CHANNELS + c) * k + ky) * k + kx] * Math.max(0, hidden);
                }
            }
        }
        assertEquals(1 / (1 + Math.exp(-sum)), out[(1 * h) * w + 5], 1e-12);
    }

    @Test
    void differencesAreMeasuredAndNanFails() {
        assertEquals(0.5, SelfTestNetwork.maxAbsoluteDifference(new float[] {1, 2}, new double[] {1, 2.5}), 1e-12);
        assertTrue(Double.isNaN(SelfTestNetwork.maxAbsoluteDifference(new float[] {Float.NaN}, new double[] {1})));
        assertTrue(Double.isNaN(SelfTestNetwork.maxAbsoluteDifference(new float[] {1}, new double[] {1, 2})));
        ComputeDevice cpu = new ComputeDevice(ExecutionProvider.CPU, "CPU: test");
        assertFalse(new SelfTestOutcome("k", "selftest", cpu, 1, Double.NaN, 1e-4, 1).passed());
        assertTrue(new SelfTestOutcome("k", "selftest", cpu, 1, 1e-7, 1e-4, 1).passed());
        assertFalse(new SelfTestOutcome("k", "selftest", cpu, 1, 2e-4, 1e-4, 1).passed());
    }

    @Test
    void theInputAndWeightsAreFixed() {
        assertEquals(SelfTestNetwork.input()[17], SelfTestNetwork.input()[17]);
        assertEquals(
                (float) (0.35 * Math.sin(1.3 * 4 + 0.5)),
                SelfTestNetwork.standard().conv1Weights()[4]);
    }
}
