package org.headshots.node.infrastructure.onnx;

/** An ncnn model the converter cannot read or convert; the message names the layer, parameter or byte. */
public final class NcnnModelException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public NcnnModelException(String message) {
        super(message);
    }
}
