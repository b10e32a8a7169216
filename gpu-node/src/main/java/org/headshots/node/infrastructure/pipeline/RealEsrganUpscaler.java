package org.headshots.node.infrastructure.pipeline;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.headshots.node.application.ImageUpscaler;
import org.headshots.node.application.InferenceException;
import org.headshots.node.infrastructure.OnnxRuntimeEngine;
import org.headshots.node.infrastructure.image.PackedPixels;

/**
 * Real-ESRGAN's general ×4 model (realesr-general-x4v3, SRVGGNetCompact): RGB 0 to 1 in, the image four times as
 * wide and high out, clamped to 0 to 1. Large images are run in tiles of {@code tile} pixels, each with
 * {@code margin} pixels of its neighbours around it whose results are thrown away, so the tiles meet without seams.
 * For a factor below 4, each tile's ×4 result is resampled to the asked size at once (bicubic, widened to the
 * reduction so it does not alias): no image four times as large is ever held whole. Safe for concurrent use.
 */
public final class RealEsrganUpscaler implements ImageUpscaler, AutoCloseable {

    public static final String ROLE = "upscaling";
    public static final String FAMILY = "realesrgan-x4v3";
    /** How many times wider and higher the model's output is than its input. */
    public static final int SCALE = 4;

    public static final int DEFAULT_TILE = 192;
    public static final int DEFAULT_MARGIN = 16;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String inputName;
    private final String outputName;
    private final int tile;
    private final int margin;

    /**
     * @param tile   the side of the part of the image one run enlarges, in input pixels
     * @param margin the pixels of context around each tile, at least 4 (the resampling's reach)
     */
    public RealEsrganUpscaler(OrtEnvironment environment, OrtSession session, int tile, int margin)
            throws OrtException {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.session = Objects.requireNonNull(session, "session");
        if (tile < 16 || margin < 4) {
            throw new IllegalArgumentException(
                    "tiles are at least 16 pixels with a margin of at least 4, not " + tile + " and " + margin);
        }
        this.tile = tile;
        this.margin = margin;
        if (session.getNumInputs() != 1 || session.getNumOutputs() != 1) {
            throw new IllegalArgumentException("the upscaling model must have one input and one output, this one has "
                    + session.getInputNames() + " and " + session.getOutputNames());
        }
        inputName = session.getInputNames().iterator().next();
        outputName = session.getOutputNames().iterator().next();
        long[] shape = ((TensorInfo) session.getInputInfo().get(inputName).getInfo()).getShape();
        if (shape.length != 4 || shape[0] > 1 || shape[1] != 3 || shape[2] > 0 || shape[3] > 0) {
            throw new IllegalArgumentException("the upscaling model must take RGB of any size, [1, 3, height, width],"
                    + " this one takes " + Arrays.toString(shape));
        }
    }

    /** Opens the model of a pack's {@value #ROLE} role. The upscaler closes the session. */
    public static RealEsrganUpscaler open(OnnxRuntimeEngine engine, ModelFile model) throws IOException, OrtException {
        if (!model.role().equals(ROLE) || !model.family().equals(FAMILY)) {
            throw new IllegalArgumentException("the upscaler runs family '" + FAMILY + "' in role '" + ROLE + "', not '"
                    + model.family() + "' in '" + model.role() + "' (" + model.file() + ")");
        }
        OrtSession session = engine.open(Files.readAllBytes(model.file()));
        try {
            return new RealEsrganUpscaler(engine.environment(), session, DEFAULT_TILE, DEFAULT_MARGIN);
        } catch (OrtException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return "Real-ESRGAN x4v3";
    }

    /** Runs the model once on a small image and checks that it enlarges four times. */
    public void warmUp() throws InferenceException {
        try {
            float[] out = run(new float[3 * 8 * 8], 8, 8);
            if (out.length != 3 * 32 * 32) {
                throw new InferenceException(
                        "the upscaling model made " + out.length + " values of an 8 × 8 image," + " not the "
                                + 3 * 32 * 32 + " of a four times larger one",
                        null);
            }
        } catch (OrtException e) {
            throw new InferenceException("warming up the upscaling model failed: " + e.getMessage(), e);
        }
    }

    @Override
    public BufferedImage enlarge(BufferedImage image, double factor) throws InferenceException {
        int[] size = ImageUpscaler.enlargedSize(image, factor);
        int w = image.getWidth();
        int h = image.getHeight();
        int[] source = PackedPixels.of(image);
        BufferedImage result = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        int[] out = PackedPixels.of(result);
        if (size[0] == w && size[1] == h) {
            System.arraycopy(source, 0, out, 0, out.length);
            return result;
        }
        Axis across = Axis.of(w, size[0]);
        Axis down = Axis.of(h, size[1]);
        try {
            for (int y0 = 0; y0 < h; y0 += tile) {
                for (int x0 = 0; x0 < w; x0 += tile) {
                    enlargeTile(
                            source,
                            w,
                            h,
                            x0,
                            y0,
                            Math.min(w, x0 + tile),
                            Math.min(h, y0 + tile),
                            across,
                            down,
                            out,
                            size[0]);
                }
            }
        } catch (OrtException e) {
            throw new InferenceException("upscaling failed: " + e.getMessage(), e);
        }
        return result;
    }

    /** Enlarges the tile [x0, x1) × [y0, y1) with its margin and writes the output pixels whose centres it holds. */
    private void enlargeTile(
            int[] source, int w, int h, int x0, int y0, int x1, int y1, Axis across, Axis down, int[] out, int outWidth)
            throws OrtException, InferenceException {
        int wx0 = Math.max(0, x0 - margin);
        int wy0 = Math.max(0, y0 - margin);
        int ww = Math.min(w, x1 + margin) - wx0;
        int wh = Math.min(h, y1 + margin) - wy0;
        int plane = ww * wh;
        float[] input = new float[3 * plane];
        for (int y = 0; y < wh; y++) {
            for (int x = 0; x < ww; x++) {
                int p = source[(wy0 + y) * w + wx0 + x];
                int i = y * ww + x;
                input[i] = (p >> 16 & 0xFF) / 255f;
                input[plane + i] = (p >> 8 & 0xFF) / 255f;
                input[2 * plane + i] = (p & 0xFF) / 255f;
            }
        }
        float[] big = run(input, ww, wh);
        int bigWidth = SCALE * ww;
        int bigPlane = bigWidth * SCALE * wh;
        if (big.length != 3 * bigPlane) {
            throw new InferenceException(
                    "the upscaling model made " + big.length + " values of a " + ww + " × " + wh + " tile, not "
                            + 3 * bigPlane,
                    null);
        }
        int outX0 = across.firstOwnedBy(x0);
        int outX1 = across.firstOwnedBy(x1);
        int outY0 = down.firstOwnedBy(y0);
        int outY1 = down.firstOwnedBy(y1);
        int columns = outX1 - outX0;
        if (columns <= 0 || outY1 <= outY0) {
            return;
        }
        int rowLo = down.first[outY0];
        int rowHi = down.first[outY1 - 1] + down.weights[outY1 - 1].length;
        int colBase = SCALE * wx0;
        int rowBase = SCALE * wy0;
        if (rowLo < rowBase
                || rowHi > rowBase + SCALE * wh
                || across.first[outX0] < colBase
                || across.first[outX1 - 1] + across.weights[outX1 - 1].length > colBase + bigWidth) {
            throw new IllegalStateException("the resampling reaches beyond the tile's margin");
        }
        // across first, into rows × columns, then down
        float[][] rows = new float[3][(rowHi - rowLo) * columns];
        for (int r = rowLo; r < rowHi; r++) {
            int bigRow = (r - rowBase) * bigWidth - colBase;
            for (int c = 0; c < columns; c++) {
                float[] k = across.weights[outX0 + c];
                int first = across.first[outX0 + c] + bigRow;
                float red = 0;
                float green = 0;
                float blue = 0;
                for (int t = 0; t < k.length; t++) {
                    red += k[t] * clamp01(big[first + t]);
                    green += k[t] * clamp01(big[bigPlane + first + t]);
                    blue += k[t] * clamp01(big[2 * bigPlane + first + t]);
                }
                int at = (r - rowLo) * columns + c;
                rows[0][at] = red;
                rows[1][at] = green;
                rows[2][at] = blue;
            }
        }
        for (int oy = outY0; oy < outY1; oy++) {
            float[] k = down.weights[oy];
            int first = down.first[oy] - rowLo;
            for (int c = 0; c < columns; c++) {
                float red = 0;
                float green = 0;
                float blue = 0;
                for (int t = 0; t < k.length; t++) {
                    int at = (first + t) * columns + c;
                    red += k[t] * rows[0][at];
                    green += k[t] * rows[1][at];
                    blue += k[t] * rows[2][at];
                }
                out[oy * outWidth + outX0 + c] = toByte(red) << 16 | toByte(green) << 8 | toByte(blue);
            }
        }
    }

    private float[] run(float[] input, int width, int height) throws OrtException {
        try (OnnxTensor tensor = OnnxTensor.createTensor(
                        environment, FloatBuffer.wrap(input), new long[] {1, 3, height, width});
                OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
            OnnxValue value = result.get(outputName)
                    .orElseThrow(
                            () -> new IllegalStateException("the upscaling model gave no output '" + outputName + "'"));
            return ((OnnxTensor) value).getFloatBuffer().array();
        }
    }

    private static float clamp01(float v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    private static int toByte(float v) {
        int b = Math.round(v * 255);
        return b < 0 ? 0 : Math.min(255, b);
    }

    /**
     * Along one axis, for each output pixel: the first ×4 sample it reads and the weights of the samples from there
     * (Catmull-Rom's cubic, widened by the reduction from ×4; edge samples repeat outside the image); and which
     * input pixel holds its centre, to say which tile makes it.
     */
    private record Axis(int inputLength, int outputLength, int[] first, float[][] weights) {

        static Axis of(int inputLength, int outputLength) {
            int bigLength = SCALE * inputLength;
            double ratio = (double) bigLength / outputLength;
            double reach = 2 * Math.max(1, ratio);
            int[] first = new int[outputLength];
            float[][] weights = new float[outputLength][];
            for (int o = 0; o < outputLength; o++) {
                double centre = (o + 0.5) * ratio - 0.5;
                int lo = (int) Math.floor(centre - reach) + 1;
                int hi = (int) Math.ceil(centre + reach) - 1;
                int from = Math.max(0, Math.min(bigLength - 1, lo));
                int to = Math.max(0, Math.min(bigLength - 1, hi));
                double[] k = new double[to - from + 1];
                double sum = 0;
                for (int s = lo; s <= hi; s++) {
                    double weight = cubic((s - centre) / Math.max(1, ratio));
                    k[Math.max(from, Math.min(to, s)) - from] += weight;
                    sum += weight;
                }
                first[o] = from;
                weights[o] = new float[k.length];
                for (int i = 0; i < k.length; i++) {
                    weights[o][i] = (float) (k[i] / sum);
                }
            }
            return new Axis(inputLength, outputLength, first, weights);
        }

        /** The first output pixel whose centre lies in input pixel {@code x} or after it. */
        int firstOwnedBy(int x) {
            if (x >= inputLength) {
                return outputLength;
            }
            // owner(o) = floor((o + 0.5) × inputLength / outputLength), rising with o
            int o = (int) Math.max(0, Math.floor((double) x * outputLength / inputLength - 0.5) - 1);
            while (o < outputLength && owner(o) < x) {
                o++;
            }
            return o;
        }

        private int owner(int o) {
            return (int) Math.min(inputLength - 1, Math.floor((o + 0.5) * inputLength / outputLength));
        }

        /** Catmull-Rom (a = -0.5). */
        private static double cubic(double x) {
            double a = Math.abs(x);
            if (a < 1) {
                return (1.5 * a - 2.5) * a * a + 1;
            }
            if (a < 2) {
                return ((-0.5 * a + 2.5) * a - 4) * a + 2;
            }
            return 0;
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
