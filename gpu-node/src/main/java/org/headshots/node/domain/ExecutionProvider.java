package org.headshots.node.domain;

/** The ONNX Runtime execution provider a node runs its models with. */
public enum ExecutionProvider {
    CPU,
    CUDA;

    /** The name reported on the wire ("CPU", "CUDA"). */
    public String wireName() {
        return name();
    }
}
