package org.headshots.node.infrastructure.onnx;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import org.headshots.node.infrastructure.onnx.proto.Onnx.AttributeProto;
import org.headshots.node.infrastructure.onnx.proto.Onnx.GraphProto;
import org.headshots.node.infrastructure.onnx.proto.Onnx.ModelProto;
import org.headshots.node.infrastructure.onnx.proto.Onnx.NodeProto;
import org.headshots.node.infrastructure.onnx.proto.Onnx.OperatorSetIdProto;
import org.headshots.node.infrastructure.onnx.proto.Onnx.StringStringEntryProto;
import org.headshots.node.infrastructure.onnx.proto.Onnx.TensorProto;
import org.headshots.node.infrastructure.onnx.proto.Onnx.TensorShapeProto;
import org.headshots.node.infrastructure.onnx.proto.Onnx.TypeProto;
import org.headshots.node.infrastructure.onnx.proto.Onnx.ValueInfoProto;

/**
 * Writes float32 ONNX models: graph inputs and outputs with fixed or named (dynamic) dimensions, float
 * initializers and operator nodes with int, float and string attributes. Enough for networks the node builds
 * itself and for models it converts (see {@link NcnnToOnnx}).
 */
public final class OnnxModelBuilder {

    /** ONNX IR version 8 (ONNX 1.10+); ONNX Runtime 1.23 reads up to 11. */
    public static final long IR_VERSION = 8;
    /** The default-domain operator set the models are written against. */
    public static final long OPSET = 17;

    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private final ModelProto.Builder model = ModelProto.newBuilder();
    private int nodeCount;

    public OnnxModelBuilder(String graphName, String producerVersion) {
        graph.setName(Objects.requireNonNull(graphName, "graphName"));
        model.setIrVersion(IR_VERSION)
                .setProducerName("headshots-gpu-node")
                .setProducerVersion(producerVersion)
                .setDomain("org.headshots")
                .setModelVersion(1)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET));
    }

    public OnnxModelBuilder docString(String text) {
        model.setDocString(text);
        return this;
    }

    public OnnxModelBuilder metadata(String key, String value) {
        model.addMetadataProps(StringStringEntryProto.newBuilder().setKey(key).setValue(value));
        return this;
    }

    public OnnxModelBuilder input(String name, long... shape) {
        graph.addInput(floatValue(name, shape));
        return this;
    }

    public OnnxModelBuilder output(String name, long... shape) {
        graph.addOutput(floatValue(name, shape));
        return this;
    }

    /**
     * A float input whose dimensions are each a size (an Integer or Long) or the name of a dimension that is
     * given when the model runs (a String, written as ONNX's dim_param).
     */
    public OnnxModelBuilder inputWithDims(String name, Object... dims) {
        graph.addInput(floatValue(name, shape(dims)));
        return this;
    }

    /** A float output with fixed and named dimensions, as {@link #inputWithDims(String, Object...)}. */
    public OnnxModelBuilder outputWithDims(String name, Object... dims) {
        graph.addOutput(floatValue(name, shape(dims)));
        return this;
    }

    /** A constant float tensor, stored little-endian in raw_data. */
    public OnnxModelBuilder initializer(String name, long[] shape, float[] values) {
        long count = 1;
        for (long d : shape) {
            count *= d;
        }
        if (count != values.length) {
            throw new IllegalArgumentException(
                    "Initializer " + name + " has " + values.length + " values but its shape holds " + count);
        }
        ByteBuffer raw = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(values);
        TensorProto.Builder tensor = TensorProto.newBuilder()
                .setName(name)
                .setDataType(TensorProto.DataType.FLOAT_VALUE)
                .setRawData(ByteString.copyFrom(raw.array()));
        for (long d : shape) {
            tensor.addDims(d);
        }
        graph.addInitializer(tensor);
        return this;
    }

    /** Adds an operator node of the default ONNX domain. */
    public OnnxModelBuilder node(String opType, String[] inputs, String[] outputs, AttributeProto... attributes) {
        NodeProto.Builder node = NodeProto.newBuilder()
                .setOpType(opType)
                .setName(opType.toLowerCase(java.util.Locale.ROOT) + "_" + (nodeCount++));
        for (String in : inputs) {
            node.addInput(in);
        }
        for (String out : outputs) {
            node.addOutput(out);
        }
        for (AttributeProto attribute : attributes) {
            node.addAttribute(attribute);
        }
        graph.addNode(node);
        return this;
    }

    public static AttributeProto ints(String name, long... values) {
        AttributeProto.Builder attribute =
                AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long v : values) {
            attribute.addInts(v);
        }
        return attribute.build();
    }

    public static AttributeProto text(String name, String value) {
        return AttributeProto.newBuilder()
                .setName(name)
                .setType(AttributeProto.AttributeType.STRING)
                .setS(ByteString.copyFromUtf8(value))
                .build();
    }

    public static AttributeProto real(String name, float value) {
        return AttributeProto.newBuilder()
                .setName(name)
                .setType(AttributeProto.AttributeType.FLOAT)
                .setF(value)
                .build();
    }

    public static AttributeProto integer(String name, long value) {
        return AttributeProto.newBuilder()
                .setName(name)
                .setType(AttributeProto.AttributeType.INT)
                .setI(value)
                .build();
    }

    public ModelProto build() {
        return model.setGraph(graph).build();
    }

    public byte[] toByteArray() {
        return build().toByteArray();
    }

    private static ValueInfoProto floatValue(String name, long... shape) {
        TensorShapeProto.Builder dims = TensorShapeProto.newBuilder();
        for (long d : shape) {
            dims.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return floatValue(name, dims);
    }

    private static TensorShapeProto.Builder shape(Object... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (Object d : dims) {
            if (d instanceof Integer || d instanceof Long) {
                shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(((Number) d).longValue()));
            } else if (d instanceof String param && !param.isBlank()) {
                shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(param));
            } else {
                throw new IllegalArgumentException("A dimension is a size or a name, not " + d);
            }
        }
        return shape;
    }

    private static ValueInfoProto floatValue(String name, TensorShapeProto.Builder dims) {
        return ValueInfoProto.newBuilder()
                .setName(name)
                .setType(TypeProto.newBuilder()
                        .setTensorType(TypeProto.Tensor.newBuilder()
                                .setElemType(TensorProto.DataType.FLOAT_VALUE)
                                .setShape(dims)))
                .build();
    }
}
