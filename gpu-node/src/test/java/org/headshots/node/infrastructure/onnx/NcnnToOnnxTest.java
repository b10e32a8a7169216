package org.headshots.node.infrastructure.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Small ncnn models written here, converted, run with ONNX Runtime and compared with the same network computed in
 * plain Java from the same weights.
 */
class NcnnToOnnxTest {

    private static final int FLOAT16 = 0x01306B47;

    /** Real-ESRGAN's compact network in miniature: every layer type of realesr-general-x4v3. */
    private static final String SMALL_ESRGAN = """
            7767517
            8 10
            Input            input.1      0 1 data
            Split            split0       1 2 data d0 d1
            Convolution      conv1        1 1 d1 c1 0=4 1=3 4=1 5=1 6=108
            PReLU            prelu1       1 1 c1 p1 0=4
            Convolution      conv2        1 1 p1 c2 0=12 1=3 4=1 5=1 6=432
            PixelShuffle     shuffle      1 1 c2 s 0=2
            Interp           up           1 1 d0 u 0=1 1=2.000000e+00 2=2.000000e+00
            BinaryOp         add          2 1 s u output 0=0
            """;

    private final Random random = new Random(12);

    @Test
    void convertsTheLayersOfRealEsrgansCompactNetwork() throws Exception {
        float[] w1 = halfValues(108);
        float[] b1 = values(4);
        float[] slopes = values(4);
        float[] w2 = values(432);
        float[] b2 = values(12);
        byte[] bin = bin(tagged(FLOAT16, w1), floats(b1), floats(slopes), tagged(0, w2), floats(b2));
        int h = 5;
        int w = 7;
        float[][][] x = image(3, h, w);

        float[][][] c1 = prelu(conv(x, w1, b1, 4, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1), slopes);
        float[][][] shuffled = pixelShuffle(conv(c1, w2, b2, 12, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1), 2);
        float[][][] expected = new float[3][2 * h][2 * w];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 2 * h; y++) {
                for (int i = 0; i < 2 * w; i++) {
                    expected[c][y][i] = shuffled[c][y][i] + x[c][y / 2][i / 2];
                }
            }
        }

        byte[] onnx = NcnnToOnnx.convert(param(SMALL_ESRGAN), bin, "small");
        assertClose(expected, run(onnx, x));
        assertArrayEquals(onnx, NcnnToOnnx.convert(param(SMALL_ESRGAN), bin, "small"), "the same bytes every time");
        // and any size: the height and width are named, not fixed
        float[][][] other = image(3, 9, 4);
        assertEquals(18, run(onnx, other)[0].length);
    }

    @Test
    void convertsStridesDilationsUnevenPaddingAFusedReluAndALeakyOne() throws Exception {
        String param = """
                7767517
                3 3
                Input            in           0 1 data 2=3
                Convolution      conv         1 1 data c 0=2 1=3 11=2 2=2 12=1 3=2 13=1 4=1 15=0 14=2 16=1 5=0 6=36 9=1
                ReLU             leaky        1 1 c out 0=1.000000e-01
                """;
        float[] weights = halfValues(36);
        byte[] bin = bin(tagged(FLOAT16, weights));
        float[][][] x = image(3, 6, 9);
        float[][][] expected = conv(x, weights, null, 2, 2, 3, 1, 2, 1, 2, 2, 1, 1, 0);
        for (float[][] plane : expected) {
            for (float[] row : plane) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = Math.max(0, row[i]);
                    row[i] = row[i] >= 0 ? row[i] : 0.1f * row[i];
                }
            }
        }
        assertClose(expected, run(NcnnToOnnx.convert(param(param), bin, "strided"), x));
    }

    @Test
    void aLeakyReluKeepsATenthOfNegatives() throws Exception {
        String param = """
                7767517
                2 2
                Input            in           0 1 data
                ReLU             leaky        1 1 data out 0=1.000000e-01
                """;
        float[][][] x = {{{-1, 2}}, {{0.5f, -0.25f}}, {{0, -3}}};
        assertClose(
                new float[][][] {{{-0.1f, 2}}, {{0.5f, -0.025f}}, {{0, -0.3f}}},
                run(NcnnToOnnx.convert(param(param), new byte[0], "leaky"), x));
    }

    @Test
    void anOddCountOfHalfWeightsIsPaddedToFourBytes() throws Exception {
        String param = """
                7767517
                2 2
                Input            in           0 1 data
                Convolution      conv         1 1 data out 0=1 1=3 4=1 5=1 6=27
                """;
        float[] weights = halfValues(27);
        float[] bias = values(1);
        byte[] bin = bin(tagged(FLOAT16, weights), new byte[2], floats(bias));
        float[][][] x = image(3, 4, 4);
        assertClose(
                conv(x, weights, bias, 1, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1),
                run(NcnnToOnnx.convert(param(param), bin, "odd"), x));
    }

    @Test
    void refusesWhatItCannotConvertNamingIt() {
        byte[] good = bin(
                tagged(FLOAT16, halfValues(108)),
                floats(values(4)),
                floats(values(4)),
                tagged(0, values(432)),
                floats(values(12)));

        NcnnModelException unknown = assertThrows(
                NcnnModelException.class,
                () -> NcnnToOnnx.convert(
                        param(SMALL_ESRGAN.replace("PixelShuffle     shuffle", "Deconvolution    shuffle")),
                        good,
                        "x"));
        assertTrue(
                unknown.getMessage()
                        .startsWith("layer shuffle (Deconvolution, line 8): the layer type"
                                + " Deconvolution is not supported"),
                unknown.getMessage());

        byte[] longer = Arrays.copyOf(good, good.length + 4);
        NcnnModelException leftOver =
                assertThrows(NcnnModelException.class, () -> NcnnToOnnx.convert(param(SMALL_ESRGAN), longer, "x"));
        assertEquals(
                "the .bin file has 4 bytes left over after the last layer's weights (it has " + longer.length
                        + ", the layers read " + good.length + "): it does not belong to this .param file",
                leftOver.getMessage());

        byte[] shorter = Arrays.copyOf(good, good.length - 4);
        NcnnModelException early =
                assertThrows(NcnnModelException.class, () -> NcnnToOnnx.convert(param(SMALL_ESRGAN), shorter, "x"));
        assertTrue(
                early.getMessage()
                        .startsWith("the .bin file ends at byte " + shorter.length + ", before the bias"
                                + " of layer conv2 (Convolution, line 7)"),
                early.getMessage());

        byte[] int8 = good.clone();
        ByteBuffer.wrap(int8).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 0x000D4B38);
        NcnnModelException tag =
                assertThrows(NcnnModelException.class, () -> NcnnToOnnx.convert(param(SMALL_ESRGAN), int8, "x"));
        assertTrue(tag.getMessage().contains("weights stored with tag 0x000D4B38 at byte 0"), tag.getMessage());

        NcnnModelException magic = assertThrows(
                NcnnModelException.class,
                () -> NcnnToOnnx.convert(param(SMALL_ESRGAN.replace("7767517", "7767518")), good, "x"));
        assertTrue(magic.getMessage().startsWith("not an ncnn .param file"), magic.getMessage());

        NcnnModelException bilinear = assertThrows(
                NcnnModelException.class,
                () -> NcnnToOnnx.convert(param(SMALL_ESRGAN.replace("0=1 1=2.0", "0=2 1=2.0")), good, "x"));
        assertTrue(
                bilinear.getMessage().startsWith("layer up (Interp, line 9): resize type 2 is not supported"),
                bilinear.getMessage());

        NcnnModelException parameter = assertThrows(
                NcnnModelException.class,
                () -> NcnnToOnnx.convert(param(SMALL_ESRGAN.replace("0=4 1=3 4=1", "0=4 1=3 7=2 4=1")), good, "x"));
        assertTrue(
                parameter
                        .getMessage()
                        .startsWith("layer conv1 (Convolution, line 5): parameters [7] are not" + " supported"),
                parameter.getMessage());
    }

    @Test
    void widensHalfPrecisionExactly() {
        assertEquals(1f, NcnnToOnnx.halfToFloat((short) 0x3C00));
        assertEquals(-2f, NcnnToOnnx.halfToFloat((short) 0xC000));
        assertEquals(65504f, NcnnToOnnx.halfToFloat((short) 0x7BFF));
        assertEquals(0x1p-24f, NcnnToOnnx.halfToFloat((short) 0x0001));
        assertEquals(0x1p-14f, NcnnToOnnx.halfToFloat((short) 0x0400));
        assertEquals(-0f, NcnnToOnnx.halfToFloat((short) 0x8000));
        assertEquals(Float.POSITIVE_INFINITY, NcnnToOnnx.halfToFloat((short) 0x7C00));
        assertTrue(Float.isNaN(NcnnToOnnx.halfToFloat((short) 0x7E00)));
    }

    // ---- the reference, in plain Java

    /** A convolution over [channels][height][width], weights [out][in][kh][kw], zero padding. */
    private static float[][][] conv(
            float[][][] x,
            float[] weights,
            float[] bias,
            int out,
            int kh,
            int kw,
            int sh,
            int sw,
            int dh,
            int dw,
            int top,
            int left,
            int bottom,
            int right) {
        int in = x.length;
        int h = x[0].length;
        int w = x[0][0].length;
        int oh = (h + top + bottom - dh * (kh - 1) - 1) / sh + 1;
        int ow = (w + left + right - dw * (kw - 1) - 1) / sw + 1;
        float[][][] y = new float[out][oh][ow];
        for (int o = 0; o < out; o++) {
            for (int r = 0; r < oh; r++) {
                for (int c = 0; c < ow; c++) {
                    double sum = bias == null ? 0 : bias[o];
                    for (int i = 0; i < in; i++) {
                        for (int ky = 0; ky < kh; ky++) {
                            for (int kx = 0; kx < kw; kx++) {
                                int sy = r * sh - top + ky * dh;
                                int sx = c * sw - left + kx * dw;
                                if (sy >= 0 && sy < h && sx >= 0 && sx < w) {
                                    sum += weights[((o * in + i) * kh + ky) * kw + kx] * x[i][sy][sx];
                                }
                            }
                        }
                    }
                    y[o][r][c] = (float) sum;
                }
            }
        }
        return y;
    }

    private static float[][][] prelu(float[][][] x, float[] slopes) {
        for (int c = 0; c < x.length; c++) {
            for (float[] row : x[c]) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = row[i] >= 0 ? row[i] : slopes[c] * row[i];
                }
            }
        }
        return x;
    }

    /** PyTorch's pixel_shuffle: out[c][y r + i][x r + j] = in[c r² + i r + j][y][x]. */
    private static float[][][] pixelShuffle(float[][][] x, int r) {
        int c = x.length / (r * r);
        int h = x[0].length;
        int w = x[0][0].length;
        float[][][] y = new float[c][h * r][w * r];
        for (int k = 0; k < c; k++) {
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < r; j++) {
                    for (int a = 0; a < h; a++) {
                        for (int b = 0; b < w; b++) {
                            y[k][a * r + i][b * r + j] = x[k * r * r + i * r + j][a][b];
                        }
                    }
                }
            }
        }
        return y;
    }

    // ---- running and writing

    private static float[][][] run(byte[] onnx, float[][][] x) throws Exception {
        int c = x.length;
        int h = x[0].length;
        int w = x[0][0].length;
        float[] flat = new float[c * h * w];
        for (int k = 0; k < c; k++) {
            for (int y = 0; y < h; y++) {
                System.arraycopy(x[k][y], 0, flat, (k * h + y) * w, w);
            }
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(onnx, new OrtSession.SessionOptions());
                OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(flat), new long[] {1, c, h, w});
                OrtSession.Result result =
                        session.run(Map.of(session.getInputNames().iterator().next(), input))) {
            OnnxTensor out = (OnnxTensor) result.get(0);
            long[] shape = out.getInfo().getShape();
            float[] values = out.getFloatBuffer().array();
            float[][][] y = new float[(int) shape[1]][(int) shape[2]][(int) shape[3]];
            for (int k = 0; k < shape[1]; k++) {
                for (int r = 0; r < shape[2]; r++) {
                    System.arraycopy(values, (int) ((k * shape[2] + r) * shape[3]), y[k][r], 0, (int) shape[3]);
                }
            }
            return y;
        }
    }

    private static void assertClose(float[][][] expected, float[][][] actual) {
        assertEquals(expected.length, actual.length, "channels");
        assertEquals(expected[0].length, actual[0].length, "height");
        assertEquals(expected[0][0].length, actual[0][0].length, "width");
        for (int c = 0; c < expected.length; c++) {
            for (int y = 0; y < expected[0].length; y++) {
                for (int x = 0; x < expected[0][0].length; x++) {
                    float e = expected[c][y][x];
                    float a = actual[c][y][x];
                    assertTrue(
                            Math.abs(e - a) <= 1e-4 + 1e-4 * Math.abs(e),
                            "at channel " + c + " (" + x + ", " + y + "): " + a + " instead of " + e);
                }
            }
        }
    }

    private float[][][] image(int c, int h, int w) {
        float[][][] x = new float[c][h][w];
        for (float[][] plane : x) {
            for (float[] row : plane) {
                for (int i = 0; i < w; i++) {
                    row[i] = random.nextFloat();
                }
            }
        }
        return x;
    }

    private float[] values(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextGaussian() * 0.3f;
        }
        return v;
    }

    /** Values half precision holds exactly, so the reference needs no rounding. */
    private float[] halfValues(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (random.nextInt(129) - 64) / 128f;
        }
        return v;
    }

    private static byte[] param(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bin(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] floats(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            buffer.putFloat(v);
        }
        return buffer.array();
    }

    /** Weights as ncnn stores them: the tag, then float16 (tag 0x01306B47) or float32 (tag 0) values. */
    private static byte[] tagged(int tag, float[] values) {
        if (tag == 0) {
            return bin(floats(new float[] {0}), floats(values));
        }
        ByteBuffer buffer = ByteBuffer.allocate(4 + 2 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(tag);
        for (float v : values) {
            buffer.putShort(half(v));
        }
        return buffer.array();
    }

    private static short half(float v) {
        if (v == 0) {
            return 0;
        }
        int bits = Float.floatToIntBits(v);
        int exponent = ((bits >>> 23) & 0xFF) - 127 + 15;
        if ((bits & 0x1FFF) != 0 || exponent < 1 || exponent > 30) {
            throw new IllegalArgumentException(v + " is not exactly a normal half-precision value");
        }
        return (short) ((bits >>> 16 & 0x8000) | exponent << 10 | (bits >>> 13 & 0x3FF));
    }
}
