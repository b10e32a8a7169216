package org.headshots.node.infrastructure.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Converts an ncnn model (a text {@code .param} file and its {@code .bin} weights) into an ONNX model, for the
 * networks built from plain convolutions: Input, Split, Convolution (any kernel, stride, dilation and padding,
 * with bias and a ReLU fused in or not), ReLU, PReLU, PixelShuffle, Interp (nearest, by scale factors) and
 * BinaryOp (add, subtract, multiply, divide of two blobs). Any other layer or setting is refused, naming it.
 *
 * <p>Weights stored as float16 are widened to float32. Every byte of the {@code .bin} must be read by the layer
 * list, no more and no fewer: otherwise the two files do not belong together. The output is the same bytes for
 * the same files, so a pack manifest can give its SHA-256. The input has named height and width dimensions, so
 * the model takes any size.
 */
public final class NcnnToOnnx {

    /** The producer version written into converted models; part of their bytes, so change it only with them. */
    public static final String PRODUCER_VERSION = "ncnn-to-onnx 1";

    private static final String MAGIC = "7767517";
    /** The tag before float16 weights (ncnn's ModelBin, type 0). */
    private static final int TAG_FLOAT16 = 0x01306B47;

    private static final int TAG_FLOAT32 = 0;
    private static final int TAG_INT8 = 0x000D4B38;
    /** Keys at or below this hold arrays: key -23300 - k is array parameter k. */
    private static final int ARRAY_KEY = -23300;

    private NcnnToOnnx() {}

    /**
     * @param graphName the ONNX graph's name, e.g. the model's name
     * @return the ONNX model's bytes
     * @throws NcnnModelException naming the layer, parameter or byte offset that cannot be converted
     */
    public static byte[] convert(byte[] param, byte[] bin, String graphName) {
        List<Layer> layers = parse(new String(param, StandardCharsets.UTF_8));
        OnnxModelBuilder builder = new OnnxModelBuilder(graphName, PRODUCER_VERSION)
                .docString("Converted from ncnn by the Headshots GPU node")
                .metadata("converted_from", "ncnn")
                .metadata("param_sha256", sha256(param))
                .metadata("bin_sha256", sha256(bin));
        new Conversion(builder, ByteBuffer.wrap(bin).order(ByteOrder.LITTLE_ENDIAN)).run(layers);
        return builder.toByteArray();
    }

    /** A layer line of the .param file. */
    record Layer(
            int line,
            String type,
            String name,
            List<String> inputs,
            List<String> outputs,
            Map<Integer, String> params) {

        String where() {
            return "layer " + name + " (" + type + ", line " + line + ")";
        }

        int integer(int key, int fallback) {
            String value = params.get(key);
            if (value == null) {
                return fallback;
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new NcnnModelException(
                        where() + ": parameter " + key + " must be a whole number, not '" + value + "'");
            }
        }

        float real(int key, float fallback) {
            String value = params.get(key);
            if (value == null) {
                return fallback;
            }
            try {
                return Float.parseFloat(value);
            } catch (NumberFormatException e) {
                throw new NcnnModelException(where() + ": parameter " + key + " must be a number, not '" + value + "'");
            }
        }

        void onlyParameters(Integer... known) {
            Set<Integer> unknown = new TreeSet<>(params.keySet());
            unknown.removeAll(Set.of(known));
            if (!unknown.isEmpty()) {
                throw new NcnnModelException(where() + ": parameters " + unknown + " are not supported (the converter"
                        + " knows " + new TreeSet<>(Set.of(known)) + " for " + type + ")");
            }
        }

        void expect(int inputCount, int outputCount) {
            if (inputs.size() != inputCount || outputs.size() != outputCount) {
                throw new NcnnModelException(where() + ": takes " + inputCount + " input(s) and gives " + outputCount
                        + " output(s), not " + inputs.size() + " and " + outputs.size());
            }
        }
    }

    static List<Layer> parse(String text) {
        List<String> lines = text.lines().toList();
        int at = 0;
        while (at < lines.size() && lines.get(at).isBlank()) {
            at++;
        }
        if (at >= lines.size() || !lines.get(at).strip().equals(MAGIC)) {
            throw new NcnnModelException(
                    "not an ncnn .param file: its first line must be " + MAGIC + " (the text format's magic number)");
        }
        at++;
        String[] counts = at < lines.size() ? lines.get(at).strip().split("\\s+") : new String[0];
        int layerCount;
        try {
            if (counts.length != 2) {
                throw new NumberFormatException();
            }
            layerCount = Integer.parseInt(counts[0]);
            Integer.parseInt(counts[1]);
        } catch (NumberFormatException e) {
            throw new NcnnModelException("line " + (at + 1) + " of the .param file must give the layer and blob"
                    + " counts, not '" + (at < lines.size() ? lines.get(at) : "") + "'");
        }
        List<Layer> layers = new ArrayList<>();
        for (at++; at < lines.size(); at++) {
            if (!lines.get(at).isBlank()) {
                layers.add(layer(at + 1, lines.get(at).strip().split("\\s+")));
            }
        }
        if (layers.size() != layerCount) {
            throw new NcnnModelException(
                    "the .param file announces " + layerCount + " layers but lists " + layers.size());
        }
        return layers;
    }

    private static Layer layer(int line, String[] t) {
        try {
            String type = t[0];
            String name = t[1];
            int inputCount = Integer.parseInt(t[2]);
            int outputCount = Integer.parseInt(t[3]);
            int at = 4;
            List<String> inputs = new ArrayList<>(List.of(t).subList(at, at + inputCount));
            at += inputCount;
            List<String> outputs = new ArrayList<>(List.of(t).subList(at, at + outputCount));
            at += outputCount;
            Map<Integer, String> params = new LinkedHashMap<>();
            for (; at < t.length; at++) {
                int equals = t[at].indexOf('=');
                if (equals < 1) {
                    throw new NcnnModelException(
                            "line " + line + " of the .param file: '" + t[at] + "' is not a parameter (key=value)");
                }
                int key = Integer.parseInt(t[at].substring(0, equals));
                if (key <= ARRAY_KEY) {
                    throw new NcnnModelException("layer " + name + " (" + type + ", line " + line
                            + "): array parameter " + t[at] + " is not supported");
                }
                if (params.put(key, t[at].substring(equals + 1)) != null) {
                    throw new NcnnModelException(
                            "layer " + name + " (" + type + ", line " + line + ") gives parameter " + key + " twice");
                }
            }
            return new Layer(line, type, name, inputs, outputs, params);
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new NcnnModelException("line " + line + " of the .param file is not a layer (type name inputs"
                    + " outputs in… out… key=value…): '" + String.join(" ", t) + "'");
        }
    }

    /** One conversion: the layers in order, reading their weights from the .bin as it goes. */
    private static final class Conversion {
        private final OnnxModelBuilder builder;
        private final ByteBuffer bin;
        /** ncnn blob name → the ONNX value that holds it (Split makes several names for one value). */
        private final Map<String, String> values = new HashMap<>();
        /** ONNX value → its channel count, where known. */
        private final Map<String, Integer> channels = new HashMap<>();

        private final Set<String> unconsumed = new LinkedHashSet<>();
        private String input;

        Conversion(OnnxModelBuilder builder, ByteBuffer bin) {
            this.builder = builder;
            this.bin = bin;
        }

        void run(List<Layer> layers) {
            for (Layer layer : layers) {
                switch (layer.type()) {
                    case "Input" -> input(layer);
                    case "Split" -> split(layer);
                    case "Convolution" -> convolution(layer);
                    case "ReLU" -> relu(layer);
                    case "PReLU" -> prelu(layer);
                    case "PixelShuffle" -> pixelShuffle(layer);
                    case "Interp" -> interp(layer);
                    case "BinaryOp" -> binaryOp(layer);
                    default ->
                        throw new NcnnModelException(layer.where() + ": the layer type " + layer.type()
                                + " is not supported (the converter knows Input, Split, Convolution, ReLU, PReLU,"
                                + " PixelShuffle, Interp, BinaryOp)");
                }
            }
            if (input == null) {
                throw new NcnnModelException("the .param file has no Input layer");
            }
            if (bin.remaining() != 0) {
                throw new NcnnModelException("the .bin file has " + bin.remaining() + " bytes left over after the"
                        + " last layer's weights (it has " + bin.capacity() + ", the layers read " + bin.position()
                        + "): it does not belong to this .param file");
            }
            if (unconsumed.isEmpty()) {
                throw new NcnnModelException("the model has no output: every blob is used by a later layer");
            }
            builder.inputWithDims(input, 1, dim(input, "channels"), "height", "width");
            for (String output : unconsumed) {
                builder.outputWithDims(
                        output, 1, dim(output, output + "_channels"), output + "_height", output + "_width");
            }
        }

        private Object dim(String value, String name) {
            Integer c = channels.get(value);
            return c == null ? name : c;
        }

        private void input(Layer layer) {
            layer.expect(0, 1);
            layer.onlyParameters(0, 1, 2);
            if (input != null) {
                throw new NcnnModelException(layer.where() + ": a second input; the converter takes models with one");
            }
            input = produce(layer, 0);
            int c = layer.integer(2, 0);
            if (c > 0) {
                channels.put(input, c);
            }
        }

        private void split(Layer layer) {
            if (layer.inputs().size() != 1 || layer.outputs().isEmpty()) {
                throw new NcnnModelException(layer.where() + ": takes one input");
            }
            layer.onlyParameters();
            String value = consume(layer, 0);
            for (String output : layer.outputs()) {
                if (values.put(output, value) != null) {
                    throw new NcnnModelException(layer.where() + ": blob " + output + " is made twice");
                }
            }
            // the value is used by whoever uses the split's outputs: a model output while none of them is
            unconsumed.add(value);
        }

        private void convolution(Layer layer) {
            layer.expect(1, 1);
            layer.onlyParameters(0, 1, 11, 2, 12, 3, 13, 4, 14, 15, 16, 18, 5, 6, 8, 9, 19);
            int out = positive(layer, 0, layer.integer(0, 0));
            int kw = positive(layer, 1, layer.integer(1, 0));
            int kh = positive(layer, 11, layer.integer(11, kw));
            int dw = positive(layer, 2, layer.integer(2, 1));
            int dh = positive(layer, 12, layer.integer(12, dw));
            int sw = positive(layer, 3, layer.integer(3, 1));
            int sh = positive(layer, 13, layer.integer(13, sw));
            int left = layer.integer(4, 0);
            int right = layer.integer(15, left);
            int top = layer.integer(14, left);
            int bottom = layer.integer(16, top);
            if (left < 0 || right < 0 || top < 0 || bottom < 0) {
                throw new NcnnModelException(layer.where() + ": automatic (negative) padding is not supported");
            }
            if (layer.real(18, 0) != 0) {
                throw new NcnnModelException(layer.where() + ": padding with "
                        + layer.params().get(18) + " instead of zeros is not supported");
            }
            for (int key : new int[] {8, 19}) {
                if (layer.integer(key, 0) != 0) {
                    throw new NcnnModelException(layer.where() + ": parameter " + key + "="
                            + layer.params().get(key) + " (" + (key == 8 ? "int8 weights" : "weights given as an input")
                            + ") is not supported");
                }
            }
            int activation = layer.integer(9, 0);
            if (activation != 0 && activation != 1) {
                throw new NcnnModelException(layer.where() + ": fused activation " + activation
                        + " is not supported (0, none, and 1, ReLU, are)");
            }
            int weightCount = positive(layer, 6, layer.integer(6, 0));
            if (weightCount % (out * kh * kw) != 0) {
                throw new NcnnModelException(layer.where() + ": " + weightCount + " weights are not a whole number"
                        + " of " + out + " × " + kh + " × " + kw + " kernels");
            }
            int in = weightCount / (out * kh * kw);
            String x = consume(layer, 0);
            Integer known = channels.get(x);
            if (known != null && known != in) {
                throw new NcnnModelException(
                        layer.where() + ": its weights take " + in + " channels but its input" + " has " + known);
            }
            channels.put(x, in);
            float[] weights = weights(layer, weightCount);
            String w = layer.name() + "_weight";
            builder.initializer(w, new long[] {out, in, kh, kw}, weights);
            List<String> inputs = new ArrayList<>(List.of(x, w));
            if (layer.integer(5, 0) != 0) {
                String b = layer.name() + "_bias";
                builder.initializer(b, new long[] {out}, floats(layer, out, "bias"));
                inputs.add(b);
            }
            String y = activation == 0 ? produce(layer, 0) : layer.name() + "_conv";
            builder.node(
                    "Conv",
                    inputs.toArray(String[]::new),
                    new String[] {y},
                    OnnxModelBuilder.ints("kernel_shape", kh, kw),
                    OnnxModelBuilder.ints("strides", sh, sw),
                    OnnxModelBuilder.ints("dilations", dh, dw),
                    OnnxModelBuilder.ints("pads", top, left, bottom, right),
                    OnnxModelBuilder.integer("group", 1));
            if (activation == 1) {
                String z = produce(layer, 0);
                builder.node("Relu", new String[] {y}, new String[] {z});
                channels.put(z, out);
            }
            channels.put(values.get(layer.outputs().get(0)), out);
        }

        private void relu(Layer layer) {
            layer.expect(1, 1);
            layer.onlyParameters(0);
            float slope = layer.real(0, 0);
            String x = consume(layer, 0);
            String y = produce(layer, 0);
            if (slope == 0) {
                builder.node("Relu", new String[] {x}, new String[] {y});
            } else {
                builder.node("LeakyRelu", new String[] {x}, new String[] {y}, OnnxModelBuilder.real("alpha", slope));
            }
            copyChannels(x, y);
        }

        private void prelu(Layer layer) {
            layer.expect(1, 1);
            layer.onlyParameters(0);
            int count = positive(layer, 0, layer.integer(0, 0));
            String x = consume(layer, 0);
            Integer known = channels.get(x);
            if (count != 1 && known != null && known != count) {
                throw new NcnnModelException(layer.where() + ": " + count + " slopes for " + known + " channels");
            }
            String slope = layer.name() + "_slope";
            builder.initializer(
                    slope, count == 1 ? new long[] {1} : new long[] {count, 1, 1}, floats(layer, count, "slopes"));
            String y = produce(layer, 0);
            builder.node("PRelu", new String[] {x, slope}, new String[] {y});
            copyChannels(x, y);
            if (count != 1) {
                channels.put(y, count);
            }
        }

        private void pixelShuffle(Layer layer) {
            layer.expect(1, 1);
            layer.onlyParameters(0, 1);
            int factor = positive(layer, 0, layer.integer(0, 1));
            int mode = layer.integer(1, 0);
            if (mode != 0 && mode != 1) {
                throw new NcnnModelException(layer.where() + ": mode " + mode + " is not supported (0, PyTorch's"
                        + " order, and 1, TensorFlow's, are)");
            }
            String x = consume(layer, 0);
            Integer known = channels.get(x);
            if (known != null && known % (factor * factor) != 0) {
                throw new NcnnModelException(
                        layer.where() + ": " + known + " channels cannot be shuffled by " + factor);
            }
            String y = produce(layer, 0);
            builder.node(
                    "DepthToSpace",
                    new String[] {x},
                    new String[] {y},
                    OnnxModelBuilder.integer("blocksize", factor),
                    OnnxModelBuilder.text("mode", mode == 0 ? "CRD" : "DCR"));
            if (known != null) {
                channels.put(y, known / (factor * factor));
            }
        }

        private void interp(Layer layer) {
            layer.expect(1, 1);
            layer.onlyParameters(0, 1, 2, 3, 4, 5, 6);
            if (layer.integer(0, 0) != 1) {
                throw new NcnnModelException(layer.where() + ": resize type "
                        + layer.params().get(0) + " is not supported (1, nearest, is)");
            }
            if (layer.integer(3, 0) != 0 || layer.integer(4, 0) != 0 || layer.integer(5, 0) != 0) {
                throw new NcnnModelException(layer.where() + ": a resize to a given size is not supported, only by"
                        + " scale factors (parameters 1 and 2)");
            }
            float heightScale = layer.real(1, 1);
            float widthScale = layer.real(2, 1);
            if (!(heightScale > 0)
                    || !(widthScale > 0)
                    || Float.isInfinite(heightScale)
                    || Float.isInfinite(widthScale)) {
                throw new NcnnModelException(
                        layer.where() + ": scale factors must be positive, not " + heightScale + " and " + widthScale);
            }
            String x = consume(layer, 0);
            String scales = layer.name() + "_scales";
            builder.initializer(scales, new long[] {4}, new float[] {1, 1, heightScale, widthScale});
            String y = produce(layer, 0);
            // ncnn's nearest takes source pixel floor(y / scale): ONNX's asymmetric coordinates, rounded down
            builder.node(
                    "Resize",
                    new String[] {x, "", scales},
                    new String[] {y},
                    OnnxModelBuilder.text("mode", "nearest"),
                    OnnxModelBuilder.text("coordinate_transformation_mode", "asymmetric"),
                    OnnxModelBuilder.text("nearest_mode", "floor"));
            copyChannels(x, y);
        }

        private void binaryOp(Layer layer) {
            layer.expect(2, 1);
            layer.onlyParameters(0, 1, 2);
            if (layer.integer(1, 0) != 0) {
                throw new NcnnModelException(layer.where() + ": an operation with a scalar is not supported");
            }
            int op = layer.integer(0, 0);
            String[] onnx = {"Add", "Sub", "Mul", "Div"};
            if (op < 0 || op >= onnx.length) {
                throw new NcnnModelException(layer.where() + ": operation " + op + " is not supported (0 add, 1"
                        + " subtract, 2 multiply and 3 divide are)");
            }
            String a = consume(layer, 0);
            String b = consume(layer, 1);
            Integer ca = channels.get(a);
            Integer cb = channels.get(b);
            if (ca != null && cb != null && !ca.equals(cb)) {
                throw new NcnnModelException(layer.where() + ": its inputs have " + ca + " and " + cb + " channels");
            }
            String y = produce(layer, 0);
            builder.node(onnx[op], new String[] {a, b}, new String[] {y});
            Integer c = ca != null ? ca : cb;
            if (c != null) {
                channels.put(y, c);
            }
        }

        private void copyChannels(String from, String to) {
            Integer c = channels.get(from);
            if (c != null) {
                channels.put(to, c);
            }
        }

        private String consume(Layer layer, int index) {
            String blob = layer.inputs().get(index);
            String value = values.get(blob);
            if (value == null) {
                throw new NcnnModelException(
                        layer.where() + ": its input " + blob + " is not made by an earlier layer");
            }
            unconsumed.remove(value);
            return value;
        }

        private String produce(Layer layer, int index) {
            String blob = layer.outputs().get(index);
            if (values.put(blob, blob) != null) {
                throw new NcnnModelException(layer.where() + ": blob " + blob + " is made twice");
            }
            unconsumed.add(blob);
            return blob;
        }

        private static int positive(Layer layer, int key, int value) {
            if (value <= 0) {
                throw new NcnnModelException(layer.where() + ": parameter " + key + " must be positive, not " + value);
            }
            return value;
        }

        /** Convolution weights: a tag saying how they are stored, then the values. */
        private float[] weights(Layer layer, int count) {
            int tag = need(layer, 4, "weights").getInt();
            float[] values = new float[count];
            if (tag == TAG_FLOAT16) {
                need(layer, 2L * count, "float16 weights");
                for (int i = 0; i < count; i++) {
                    values[i] = halfToFloat(bin.getShort());
                }
                int padding = (4 - (2 * count) % 4) % 4;
                need(layer, padding, "padding after float16 weights");
                bin.position(bin.position() + padding);
                return values;
            }
            if (tag == TAG_FLOAT32) {
                return floats(layer, count, "float32 weights");
            }
            throw new NcnnModelException(layer.where() + ": weights stored with tag "
                    + String.format(Locale.ROOT, "0x%08X", tag) + " at byte " + (bin.position() - 4)
                    + " of the .bin are not supported ("
                    + (tag == TAG_INT8 ? "int8" : "quantised") + "; float32, tag 0, and float16, tag 0x01306B47, are)");
        }

        private float[] floats(Layer layer, int count, String what) {
            need(layer, 4L * count, what);
            float[] values = new float[count];
            bin.asFloatBuffer().get(values);
            bin.position(bin.position() + 4 * count);
            return values;
        }

        private ByteBuffer need(Layer layer, long bytes, String what) {
            if (bin.remaining() < bytes) {
                throw new NcnnModelException("the .bin file ends at byte " + bin.capacity() + ", before the " + what
                        + " of " + layer.where() + " (" + bytes + " bytes from byte " + bin.position()
                        + "): it does not belong to this .param file");
            }
            return bin;
        }
    }

    /** An IEEE 754 half-precision value, widened exactly. */
    static float halfToFloat(short half) {
        int bits = half & 0xFFFF;
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1F;
        int mantissa = bits & 0x3FF;
        if (exponent == 0) {
            float value = mantissa * 0x1p-24f;
            return sign != 0 ? -value : value;
        }
        if (exponent == 31) {
            return Float.intBitsToFloat(sign | 0x7F800000 | (mantissa << 13));
        }
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
